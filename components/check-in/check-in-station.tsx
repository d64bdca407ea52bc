"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { digestOf } from "@/lib/check-in/device";
import {
  classifyScanned,
  decideCheckIn,
  matchKeysOf,
  searchRoster,
  type CheckInEvent,
  type RosterEntry,
  type ScanOutcome,
} from "@/lib/check-in/rules";
import type { CheckInResult } from "@/lib/check-in/store";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { ConnectionBar } from "./connection-bar";
import { QrCamera } from "./qr-camera";
import { RosterStatus } from "./roster-status";
import { ScanResult } from "./scan-result";
import { SearchResults } from "./search-results";
import { UnrecordedAlert, type UnrecordedCheckIn } from "./unrecorded-alert";
import { useCheckInQueue } from "./use-check-in-queue";
import { useOfflineStation } from "./use-offline-station";
import { useStationRoster, withCheckIn, withoutCheckIn } from "./use-station-roster";

// The check-in phone: choose the session, then scan (camera, or a handheld scanner typing into the
// code field), type the code printed on the ticket, or search. Tickets are verified against the roster
// kept on the phone, so scanning goes on when the hall's Wi-Fi drops, and the station (a web app with a
// service worker) opens even with none; check-ins wait in the queue until they can be sent.

export type SessionChoice = { id: string; label: string };

/** The session last chosen on this phone: a station reopened after a restart goes on where it was. */
const SESSION_KEY = "qn-checkin-session";

type Props = { locale: Locale; sessions: SessionChoice[] };

export function CheckInStation({ locale, sessions }: Props) {
  const t = getTranslator(locale, "adminCheckIn");
  const [sessionId, setSessionId] = useState("");
  useEffect(() => {
    const remembered = localStorage.getItem(SESSION_KEY);
    if (remembered && sessions.some((session) => session.id === remembered)) setSessionId(remembered);
  }, [sessions]);
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);
  const [query, setQuery] = useState("");
  const [unrecorded, setUnrecorded] = useState<UnrecordedCheckIn[]>([]);
  const offline = useOfflineStation();
  const queueRef = useRef<CheckInEvent[]>([]);
  const { roster, rosterRef, problem, updateRoster } = useStationRoster(sessionId, queueRef);

  // Another device may have checked the person in first: its time is the one that counts. A check-in
  // the server refused (ticket cancelled, pass withdrawn since the roster was downloaded) is unmarked
  // and reported to the staff.
  const applyAnswers = useCallback(
    (answers: { event: CheckInEvent; result: CheckInResult }[]) => {
      updateRoster((current) =>
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
        .map(({ event }) => ({
          event,
          fullName: rosterRef.current?.entries.find((entry) => entry.code === event.code)?.fullName,
        }));
      if (refused.length > 0) setUnrecorded((shown) => [...shown, ...refused]);
    },
    [rosterRef, updateRoster],
  );
  const { queue, connection, add } = useCheckInQueue(applyAnswers);
  queueRef.current = queue;

  const byDigest = useMemo(() => new Map(roster?.entries.map((entry) => [entry.ticketDigest, entry])), [roster]);
  const byCode = useMemo(() => new Map(roster?.entries.map((entry) => [entry.code, entry])), [roster]);

  const checkIn = useCallback(
    (entry: RosterEntry, force = false) => {
      const decided = decideCheckIn(entry, sessionId, new Date().toISOString(), crypto.randomUUID(), { force });
      if (decided.kind === "checked-in") {
        add(decided.event);
        updateRoster((current) => current && withCheckIn(current, entry.code, sessionId, decided.event.at));
      }
      setOutcome(decided);
    },
    [add, sessionId, updateRoster],
  );

  // A printed code is looked up as such (staff see the name and decide, as with a search); a QR code's
  // token only by its digest, so that a forged or altered one matches nobody.
  const onScan = useCallback(
    async (scanned: string) => {
      if (!scanned.trim()) return;
      const read = classifyScanned(scanned);
      const entry = read.kind === "printed" ? byCode.get(read.code) : byDigest.get(await digestOf(read.token));
      if (entry) checkIn(entry);
      else setOutcome(read.kind === "printed" ? { kind: "unknown-code", code: read.code } : { kind: "invalid" });
    },
    [byCode, byDigest, checkIn],
  );

  // A typed phone or press card number is matched by its key, computed here with the roster's salt.
  const [queryKeys, setQueryKeys] = useState<string[]>([]);
  const matchSalt = roster?.matchSalt;
  useEffect(() => {
    let current = true;
    if (!matchSalt) return;
    void matchKeysOf(matchSalt, query).then((keys) => current && setQueryKeys(keys));
    return () => {
      current = false;
    };
  }, [matchSalt, query]);
  const matches = roster ? searchRoster(roster.entries, query, queryKeys) : [];
  const sessionTitles = new Map(sessions.map((session) => [session.id, session.label]));

  return (
    <div className="mx-auto max-w-xl space-y-5">
      <ConnectionBar connection={connection} queueLength={queue.length} offlineReady={offline === "ready"} t={t} />
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
            localStorage.setItem(SESSION_KEY, event.target.value);
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
      {sessionId &&
        (roster ? (
          <>
            <RosterStatus roster={roster} sessionId={sessionId} t={t} />
            <ScanResult
              outcome={outcome}
              sessionId={sessionId}
              sessionTitles={sessionTitles}
              t={t}
              onCheckInAnyway={(entry) => checkIn(entry, true)}
            />
            <QrCamera
              onCode={(code) => void onScan(code)}
              labels={{
                start: t("startCamera"),
                stop: t("stopCamera"),
                unavailable: t("cameraUnavailable"),
                video: t("cameraLabel"),
              }}
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
              {/* A phone keyboard must not capitalise, correct or complete a code or a scanner's token. */}
              <input
                id="checkin-code"
                name="code"
                autoComplete="off"
                autoCapitalize="off"
                autoCorrect="off"
                spellCheck={false}
                enterKeyHint="go"
                placeholder={t("manualLabel")}
                className="min-h-12 min-w-0 flex-1 rounded-md border border-slate-400 px-3 text-base"
              />
              <button
                type="submit"
                className="min-h-12 shrink-0 whitespace-nowrap rounded-md bg-brand-800 px-4 font-semibold text-white"
              >
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
              <SearchResults matches={matches} sessionId={sessionId} t={t} onCheckIn={(entry) => checkIn(entry)} />
            </div>
          </>
        ) : (
          <p role="status" className="text-sm text-muted">
            {problem ? t("rosterFailed") : t("loadingRoster")}
          </p>
        ))}
    </div>
  );
}
