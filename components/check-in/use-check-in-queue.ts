"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { sendCheckIns } from "@/lib/check-in/device";
import { loadStoredQueue, storeQueue } from "@/lib/check-in/device-storage";
import { acknowledge, enqueue, type CheckInEvent } from "@/lib/check-in/rules";
import type { CheckInResult } from "@/lib/check-in/store";

// The device's queue of check-ins: kept in IndexedDB (it outlives the browser and a restart), sent in order whenever the device is online
// (at once, when the connection returns, and every few seconds), removed only once the server has
// answered for them. One send at a time, so no event travels twice while its answer is on its way.

const RETRY_MS = 5_000;

export type Connection = "online" | "offline" | "signed-out" | "cross-site";

export type Answer = { event: CheckInEvent; result: CheckInResult };

export function useCheckInQueue(onAnswered: (answers: Answer[]) => void) {
  const [queue, setQueue] = useState<CheckInEvent[]>([]);
  const [connection, setConnection] = useState<Connection>("online");
  const queueRef = useRef<CheckInEvent[]>([]);
  const sending = useRef(false);
  const answeredRef = useRef(onAnswered);
  answeredRef.current = onAnswered;

  const update = useCallback((next: CheckInEvent[]) => {
    queueRef.current = next;
    void storeQueue(next);
    setQueue(next);
  }, []);

  const flush = useCallback(async () => {
    if (sending.current || queueRef.current.length === 0 || !navigator.onLine) return;
    sending.current = true;
    try {
      const batch = queueRef.current.slice(0, 200);
      const answer = await sendCheckIns(batch);
      if (!answer.ok) {
        setConnection(answer.reason === "signed-out" || answer.reason === "cross-site" ? answer.reason : "offline");
        return;
      }
      setConnection("online");
      update(acknowledge(queueRef.current, answer.value.results.map((result) => result.id)));
      const sent = new Map(batch.map((event) => [event.id, event]));
      answeredRef.current(answer.value.results.flatMap((result) => {
        const event = sent.get(result.id);
        return event ? [{ event, result }] : [];
      }));
    } finally {
      sending.current = false;
    }
  }, [update]);

  useEffect(() => {
    let stale = false;
    // A check-in made before the stored queue was read joins it rather than replacing it.
    void loadStoredQueue().then((stored) => {
      if (stale) return;
      const merged = queueRef.current.reduce(enqueue, stored);
      update(merged);
      void flush();
    });
    const goOnline = () => {
      setConnection("online");
      void flush();
    };
    const goOffline = () => setConnection("offline");
    if (!navigator.onLine) goOffline();
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    const timer = setInterval(() => void flush(), RETRY_MS);
    void flush();
    return () => {
      stale = true;
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      clearInterval(timer);
    };
  }, [flush, update]);

  const add = useCallback(
    (event: CheckInEvent) => {
      update(enqueue(queueRef.current, event));
      void flush();
    },
    [flush, update],
  );

  return { queue, connection, add, setConnection };
}
