"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { digestOf, fetchRoster } from "@/lib/check-in/device";
import { decideCheckIn, searchRoster, type CheckInEvent, type Roster, type RosterEntry, type ScanOutcome } from "@/lib/check-in/rules";
import type { CheckInResult } from "@/lib/check-in/store";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { formatTime } from "@/lib/time/format";
import { ConnectionBar } from "./connection-bar";
import { QrCamera } from "./qr-camera";
import { ScanResult } from "./scan-result";
import { UnrecordedAlert, type UnrecordedCheckIn } from "./unrecorded-alert";
import { useCheckInQueue } from "./use-check-in-queue";

// The check-in phone: choose the session, then scan (camera, or a handheld scanner typing into the
// code field) or search. Tickets are verified against the downloaded roster, so scanning goes on
// when the hall's Wi-Fi drops; check-ins wait in the queue until they can be sent.

const ROSTER_REFRESH_MS = 30_000;

export type SessionChoice = { id: string; label: string };

type Props = { locale: Locale; sessions: SessionChoice[] };

function withCheckIn(roster: Roster, code: string, sessionId: string, at: string): Roster {
  return {
    ...roster,
    entries: roster.entries.map((entry) => (entry.code === code ? { ...entry, checkIns: { ...entry.checkIns, [sessionId]: at } } : entry)),
  };
}

function withoutCheckIn(roster: Roster, code: string, sessionId: string): Roster {
  return {
    ...roster,
    entries: roster.entries.map((entry) => {
      if (entry.code !== code) return entry;
      const { [sessionId]: _refused, ...checkIns } = entry.checkIns;
      return { ...entry, checkIns };
    }),
  };
}

export function CheckInStation({ locale, sessions }: Props) {
  const t = getTranslator(locale, "adminCheckIn");
  const [sessionId, setSessionId] = useState("");
  const [roster, setRoster] = useState<Roster | null>(null);
  const [rosterProblem, setRosterProblem] = useState(false);
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);
  const [query, setQuery] = useState("");
  const [unrecorded, setUnrecorded] = useState<UnrecordedCheckIn[]>([]);
  const rosterRef = useRef<Roster | null>(null);
  rosterRef.current = roster;

  // Another device may have checked the delegate in first: its time is the one that counts. A check-in
  // the server refused (ticket cancelled, pass withdrawn since the roster was downloaded) is unmarked
  // and reported to the staff.
  const applyAnswers = useCallback((answers: { event: CheckInEvent; result: CheckInResult }[]) => {
    setRoster((current) =>
      answers.reduce((next, { event, result }) => {
        if (!next) return next;
        if (result.status === "already") return withCheckIn(next, event.code, event.sessionId, result.checkedInAt);
        if (result.status === "unknown") return withoutCheckIn(next, event.code, event.sessionId);
        return next;
      }, current),
    );
    // Named now: a cancelled ticket leaves the roster at its next refresh.
    const refused = answers
      .filter(({ result }) => result.status === "unknown")
      .map(({ event }) => ({ event, fullName: rosterRef.current?.entries.find((entry) => entry.code === event.code)?.fullName }));
    if (refused.length > 0) setUnrecorded((shown) => [...shown, ...refused]);
  }, []);
  const { queue, connection, add } = useCheckInQueue(applyAnswers);
  const queueRef = useRef(queue);
  queueRef.current = queue;

  const loadRoster = useCallback(async () => {
    const answer = await fetchRoster();
    if (!answer.ok) {
      setRosterProblem(rosterRef.current === null);
      return;
    }
    setRosterProblem(false);
    // Check-ins made here and not yet acknowledged stay marked in the fresh roster.
    setRoster(queueRef.current.reduce((next, event) => withCheckIn(next, event.code, event.sessionId, event.at), answer.value));
  }, []);
  useEffect(() => {
    if (!sessionId) return;
    void loadRoster();
    const timer = setInterval(() => navigator.onLine && void loadRoster(), ROSTER_REFRESH_MS);
    return () => clearInterval(timer);
  }, [sessionId, loadRoster]);

  const byDigest = useMemo(() => new Map(roster?.entries.map((entry) => [entry.ticketDigest, entry])), [roster]);

  const checkIn = useCallback(
    (entry: RosterEntry, force = false) => {
      const decided = decideCheckIn(entry, sessionId, new Date().toISOString(), crypto.randomUUID(), { force });
      if (decided.kind === "checked-in") {
        add(decided.event);
        setRoster((current) => current && withCheckIn(current, entry.code, sessionId, decided.event.at));
      }
      setOutcome(decided);
    },
    [add, sessionId],
  );

  const onScan = useCallback(
    async (scanned: string) => {
      const entry = byDigest.get(await digestOf(scanned));
      if (!entry) setOutcome({ kind: "invalid" });
      else checkIn(entry);
    },
    [byDigest, checkIn],
  );

  const matches = roster ? searchRoster(roster.entries, query) : [];
  const sessionTitles = new Map(sessions.map((session) => [session.id, session.label]));

  return (
    <div className="mx-auto max-w-xl space-y-5">
      <ConnectionBar connection={connection} queueLength={queue.length} t={t} />
      <UnrecordedAlert checkIns={unrecorded} sessionTitles={sessionTitles} t={t} onDismiss={() => setUnrecorded([])} />
      <div>
        <label htmlFor="checkin-session" className="block font-semibold text-brand-900">
          {t("session")}
        </label>
        <select
          id="checkin-session"
          value={sessionId}
          onChange={(event) => {
            setSessionId(event.target.value);
            setOutcome(null);
          }}
          className="mt-1 block min-h-12 w-full rounded-md border border-slate-400 bg-white px-3 text-lg"
        >
          <option value="">{t("chooseSession")}</option>
          {sessions.map((session) => (
            <option key={session.id} value={session.id}>
              {session.label}
            </option>
          ))}
        </select>
      </div>
      {sessionId && (
        <>
          <p role="status" className="text-sm text-muted">
            {roster
              ? t("rosterLoaded", {
                  count: roster.entries.filter((entry) => entry.kind === "delegate").length,
                  press: roster.entries.filter((entry) => entry.kind === "press" && !entry.revoked).length,
                  time: formatTime(new Date(roster.downloadedAt)),
                })
              : rosterProblem
                ? t("rosterFailed")
                : t("loadingRoster")}
          </p>
          {roster && (
            <>
              <ScanResult outcome={outcome} sessionId={sessionId} sessionTitles={sessionTitles} t={t} onCheckInAnyway={(entry) => checkIn(entry, true)} />
              <QrCamera
                onCode={(code) => void onScan(code)}
                labels={{ start: t("startCamera"), stop: t("stopCamera"), unavailable: t("cameraUnavailable"), video: t("cameraLabel") }}
              />
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  const field = event.currentTarget.elements.namedItem("code") as HTMLInputElement;
                  void onScan(field.value);
                  field.value = "";
                }}
                className="flex gap-2"
              >
                <label className="sr-only" htmlFor="checkin-code">
                  {t("manualLabel")}
                </label>
                <input id="checkin-code" name="code" autoComplete="off" placeholder={t("manualLabel")} className="min-h-12 flex-1 rounded-md border border-slate-400 px-3 text-base" />
                <button type="submit" className="min-h-12 rounded-md bg-brand-800 px-4 font-semibold text-white">
                  {t("manualSubmit")}
                </button>
              </form>
              <div>
                <label htmlFor="checkin-search" className="block font-semibold text-brand-900">
                  {t("searchLabel")}
                </label>
                <input
                  id="checkin-search"
                  type="search"
                  value={query}
                  onChange={(event) => setQuery(event.target.value)}
                  className="mt-1 block min-h-12 w-full rounded-md border border-slate-400 px-3 text-lg"
                />
                {query.trim() && matches.length === 0 && <p className="mt-2 text-muted">{t("noMatch")}</p>}
                <ul className="mt-2 divide-y divide-brand-100">
                  {matches.map((entry) => (
                    <li key={entry.code} className="flex items-center justify-between gap-3 py-2">
                      <span>
                        <span className="block font-semibold">{entry.fullName}</span>
                        <span className="block text-sm text-muted">
                          {entry.kind === "press" && `${t("pressBadge")} · `}
                          {entry.organization} · {entry.code}
                        </span>
                      </span>
                      <button
                        type="button"
                        onClick={() => checkIn(entry)}
                        className="min-h-11 rounded-md bg-white px-4 font-semibold text-brand-800 ring-1 ring-brand-700/30"
                        aria-label={t("checkInNamed", { name: entry.fullName })}
                      >
                        {t("checkInButton")}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            </>
          )}
        </>
      )}
    </div>
  );
}
