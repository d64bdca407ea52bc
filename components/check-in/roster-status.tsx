"use client";

import { useEffect, useState } from "react";
import { countSession, rosterAge, type Roster, type SessionCount } from "@/lib/check-in/rules";
import type { Translator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";

// How old the phone's roster is (it may have been downloaded hours ago, before the hall lost its
// network) and the session's live head count: checked in against expected, delegates and journalists apart.

const TICK_MS = 30_000;

function useNow(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function Count({ label, count, testId }: { label: string; count: SessionCount; testId: string }) {
  return (
    <div className="rounded-md bg-white px-4 py-2 ring-1 ring-brand-100">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums text-brand-900" data-testid={testId}>
        {count.checkedIn} / {count.expected}
      </dd>
    </div>
  );
}

export function RosterStatus({ roster, sessionId, t }: { roster: Roster; sessionId: string; t: Translator<"adminCheckIn"> }) {
  const now = useNow();
  const age = rosterAge(roster.downloadedAt, now);
  const counts = countSession(roster.entries, sessionId);
  const ageText = age.unit === "now" ? t("ageNow") : t(age.unit === "minutes" ? "ageMinutes" : age.unit === "hours" ? "ageHours" : "ageDays", { count: age.count });
  return (
    <div className="space-y-2">
      <p data-testid="roster-age" data-downloaded-at={roster.downloadedAt} className={age.stale ? "font-semibold text-accent-700" : "text-sm text-muted"}>
        {t("rosterLoaded", { time: formatDateTime(new Date(roster.downloadedAt)), age: ageText })}
        {age.stale && ` ${t("rosterStale")}`}
      </p>
      <dl className="grid grid-cols-2 gap-2" aria-label={t("counterTitle")}>
        <Count label={t("counterDelegates")} count={counts.delegates} testId="count-delegates" />
        <Count label={t("counterPress")} count={counts.press} testId="count-press" />
      </dl>
    </div>
  );
}
