"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { fetchRoster } from "@/lib/check-in/device";
import { forgetStoredRoster, loadStoredRoster, storeRoster } from "@/lib/check-in/device-storage";
import type { CheckInEvent, Roster } from "@/lib/check-in/rules";

// The station's roster: the copy kept on the phone first (so that a station opened without a network
// knows every ticket), then a fresh one from the server every half minute while a session is chosen.
// Every change, check-ins made here included, is kept on the phone, until the server says the user is
// signed out: then the copy on the phone is deleted (the page in use keeps its own until it is closed).

const ROSTER_REFRESH_MS = 30_000;

export function withCheckIn(roster: Roster, code: string, sessionId: string, at: string): Roster {
  return {
    ...roster,
    entries: roster.entries.map((entry) => (entry.code === code ? { ...entry, checkIns: { ...entry.checkIns, [sessionId]: at } } : entry)),
  };
}

export function withoutCheckIn(roster: Roster, code: string, sessionId: string): Roster {
  return {
    ...roster,
    entries: roster.entries.map((entry) => {
      if (entry.code !== code) return entry;
      const { [sessionId]: _refused, ...checkIns } = entry.checkIns;
      return { ...entry, checkIns };
    }),
  };
}

type RosterUpdate = (current: Roster | null) => Roster | null;

export function useStationRoster(sessionId: string, queueRef: { current: CheckInEvent[] }) {
  const [roster, setRosterState] = useState<Roster | null>(null);
  const [problem, setProblem] = useState(false);
  const rosterRef = useRef<Roster | null>(null);
  const signedOut = useRef(false);

  const updateRoster = useCallback((update: RosterUpdate) => {
    setRosterState((current) => {
      const next = update(current);
      rosterRef.current = next;
      return next;
    });
  }, []);

  useEffect(() => {
    void loadStoredRoster().then((stored) => stored && updateRoster((current) => current ?? stored));
  }, [updateRoster]);

  useEffect(() => {
    if (roster && !signedOut.current) void storeRoster(roster).catch(() => undefined);
  }, [roster]);

  const download = useCallback(async () => {
    const answer = await fetchRoster();
    if (!answer.ok) {
      setProblem(rosterRef.current === null);
      if (answer.reason === "signed-out") {
        signedOut.current = true;
        void forgetStoredRoster().catch(() => undefined);
      }
      return;
    }
    signedOut.current = false;
    setProblem(false);
    // Check-ins made here and not yet acknowledged stay marked in the fresh roster.
    updateRoster(() => queueRef.current.reduce((next, event) => withCheckIn(next, event.code, event.sessionId, event.at), answer.value));
  }, [queueRef, updateRoster]);

  useEffect(() => {
    if (!sessionId) return;
    void download();
    const timer = setInterval(() => navigator.onLine && void download(), ROSTER_REFRESH_MS);
    return () => clearInterval(timer);
  }, [sessionId, download]);

  return { roster, rosterRef, problem, updateRoster };
}
