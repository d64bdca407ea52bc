import type { RosterEntry, ScanOutcome } from "@/lib/check-in/rules";
import type { Translator } from "@/lib/i18n/translator";
import { formatTime } from "@/lib/time/format";

// The answer to a scan in type big enough to read at arm's length: who it is, and whether to let
// them in. Announced to screen readers as an alert.

type Props = {
  outcome: ScanOutcome | null;
  sessionId: string;
  sessionTitles: Map<string, string>;
  t: Translator<"adminCheckIn">;
  onCheckInAnyway: (entry: RosterEntry) => void;
};

const TONES = {
  "checked-in": "bg-emerald-50 ring-emerald-600 text-emerald-900",
  duplicate: "bg-gold-300/40 ring-gold-400 text-ink",
  "not-registered": "bg-gold-300/40 ring-gold-400 text-ink",
  invalid: "bg-accent-100 ring-accent-600 text-accent-700",
  "unknown-code": "bg-gold-300/40 ring-gold-400 text-ink",
  revoked: "bg-accent-100 ring-accent-600 text-accent-700",
} as const;

/** Who was scanned: a delegate with their seats, or a journalist with the "Báo chí" badge and covered sessions. */
function Holder({
  entry,
  sessionTitles,
  t,
}: {
  entry: RosterEntry;
  sessionTitles: Map<string, string>;
  t: Translator<"adminCheckIn">;
}) {
  const press = entry.kind === "press";
  return (
    <div className="mt-3 text-ink">
      {press && (
        <p className="mb-2 inline-block rounded-md bg-brand-800 px-3 py-1 text-xl font-bold uppercase tracking-wide text-white">
          {t("pressBadge")}
        </p>
      )}
      <p className="text-3xl font-bold leading-tight">{entry.fullName}</p>
      <p className="mt-1 text-xl">{entry.organization}</p>
      <p className="mt-1 text-base text-muted">{entry.code}</p>
      <p className="mt-3 text-sm font-semibold">{press ? t("sessionsCovered") : t("sessionsOf")}</p>
      <ul className={press ? "text-xl font-semibold" : "text-base"}>
        {entry.seats.map((seat) => (
          <li key={seat.sessionId}>
            {sessionTitles.get(seat.sessionId) ?? seat.sessionId}
            {seat.status === "WAITLISTED" && ` (${t("waitlistedShort")})`}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ScanResult({ outcome, sessionId, sessionTitles, t, onCheckInAnyway }: Props) {
  if (!outcome) return <p className="rounded-md bg-white p-5 text-lg text-muted ring-1 ring-brand-100">{t("waiting")}</p>;
  const headline = {
    "checked-in": t("checkedIn"),
    duplicate: outcome.kind === "duplicate" ? t("duplicate", { time: formatTime(new Date(outcome.at)) }) : "",
    "not-registered": outcome.kind === "not-registered" && outcome.entry.kind === "press" ? t("notCovered") : t("notRegistered"),
    invalid: t("invalid"),
    "unknown-code": outcome.kind === "unknown-code" ? t("unknownCode", { code: outcome.code }) : "",
    revoked: t("revoked"),
  }[outcome.kind];
  return (
    <div role="alert" data-testid="scan-result" className={`rounded-md p-5 ring-2 ${TONES[outcome.kind]}`}>
      <p className="text-2xl font-bold">{headline}</p>
      {outcome.kind === "invalid" || outcome.kind === "unknown-code" ? (
        <p className="mt-2 text-lg">{t(outcome.kind === "invalid" ? "invalidHint" : "unknownCodeHint")}</p>
      ) : (
        <Holder entry={outcome.entry} sessionTitles={sessionTitles} t={t} />
      )}
      {outcome.kind === "not-registered" && !outcome.entry.checkIns[sessionId] && (
        <button
          type="button"
          onClick={() => onCheckInAnyway(outcome.entry)}
          className="mt-4 min-h-12 rounded-md bg-brand-800 px-5 font-semibold text-white"
        >
          {t("checkInAnyway")}
        </button>
      )}
    </div>
  );
}
