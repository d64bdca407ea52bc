import type { RosterEntry } from "@/lib/check-in/rules";
import type { Translator } from "@/lib/i18n/translator";
import { formatTime } from "@/lib/time/format";

// Search results at the door: someone already checked in to this session shows the time of it, so
// staff do not offer to check them in a second time.

type Props = {
  matches: RosterEntry[];
  sessionId: string;
  t: Translator<"adminCheckIn">;
  onCheckIn: (entry: RosterEntry) => void;
};

export function SearchResults({ matches, sessionId, t, onCheckIn }: Props) {
  return (
    <ul className="mt-2 divide-y divide-brand-100">
      {matches.map((entry) => {
        const checkedInAt = entry.checkIns[sessionId];
        return (
          <li key={entry.code} className="flex items-center justify-between gap-3 py-2">
            <span className="min-w-0">
              <span className="block font-semibold">{entry.fullName}</span>
              <span className="block text-sm text-muted">
                {entry.kind === "press" && `${t("pressBadge")} · `}
                {entry.organization} · {entry.code}
              </span>
            </span>
            {checkedInAt ? (
              <span className="shrink-0 whitespace-nowrap text-sm font-semibold text-emerald-800" data-testid="result-checked-in">
                {t("resultCheckedIn", { time: formatTime(new Date(checkedInAt)) })}
              </span>
            ) : (
              <button
                type="button"
                onClick={() => onCheckIn(entry)}
                className="min-h-11 shrink-0 whitespace-nowrap rounded-md bg-white px-4 font-semibold text-brand-800 ring-1 ring-brand-700/30"
                aria-label={t("checkInNamed", { name: entry.fullName })}
              >
                {t("checkInButton")}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
