import type { CheckInEvent } from "@/lib/check-in/rules";
import type { Translator } from "@/lib/i18n/translator";
import { formatTime } from "@/lib/time/format";

// Check-ins the station showed as admitted but the server refused when they arrived: the ticket was
// cancelled or the press pass withdrawn after the roster was downloaded (typically while the phone was
// offline). Staff must hear of it, or the person is counted nowhere.

export type UnrecordedCheckIn = { event: CheckInEvent; fullName: string | undefined };

type Props = {
  checkIns: UnrecordedCheckIn[];
  sessionTitles: Map<string, string>;
  t: Translator<"adminCheckIn">;
  onDismiss: () => void;
};

export function UnrecordedAlert({ checkIns, sessionTitles, t, onDismiss }: Props) {
  if (checkIns.length === 0) return null;
  return (
    <div role="alert" data-testid="unrecorded" className="rounded-lg bg-accent-100 p-4 text-accent-700 ring-2 ring-accent-600">
      <p className="text-lg font-bold">{t("unrecordedTitle", { count: checkIns.length })}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-ink">
        {checkIns.map(({ event, fullName }) => (
          <li key={event.id}>
            <span className="font-semibold">{fullName ?? event.code}</span> · {event.code} ·{" "}
            {sessionTitles.get(event.sessionId) ?? ""} · {formatTime(new Date(event.at))}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-ink">{t("unrecordedText")}</p>
      <button type="button" onClick={onDismiss} className="mt-3 min-h-11 rounded-md bg-white px-4 font-semibold text-accent-700 ring-1 ring-accent-600">
        {t("unrecordedDismiss")}
      </button>
    </div>
  );
}
