import type { CheckInResult } from "./store";
import type { CheckInEvent, Roster } from "./rules";
import { DEVICE_HEADER } from "./schema";

// The check-in phone's side of the wire. Browser only.

const ROSTER_URL = "/api/admin/check-in/roster";
const EVENTS_URL = "/api/admin/check-in/events";

/** SHA-256 (hex) of a scanned code, compared with the roster's ticket digests. */
export async function digestOf(scanned: string): Promise<string> {
  const bytes = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(scanned.trim()));
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

type Fetched<T> = { ok: true; value: T } | { ok: false; reason: "offline" | "signed-out" | "cross-site" | "failed" };

/** The server's own word that it refused the page's address, not the user's session. */
async function isCrossSiteRefusal(response: Response): Promise<boolean> {
  if (response.status !== 403 || !response.headers.get("content-type")?.includes("application/json")) return false;
  const body = (await response.json().catch(() => null)) as { error?: unknown } | null;
  return body?.error === "cross-site";
}

/** A signed-out request is redirected to the login page: `manual` shows it as such instead of HTML. */
async function call<T>(url: string, init: RequestInit = {}): Promise<Fetched<T>> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: "manual", cache: "no-store" });
  } catch {
    return { ok: false, reason: "offline" };
  }
  if (await isCrossSiteRefusal(response)) return { ok: false, reason: "cross-site" };
  if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403)
    return { ok: false, reason: "signed-out" };
  if (!response.ok) return { ok: false, reason: "failed" };
  return { ok: true, value: (await response.json()) as T };
}

/** This phone's station id, drawn once and kept: each roster download is audited with it. */
const DEVICE_KEY = "qn-checkin-device";

function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = crypto.randomUUID();
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}

export function fetchRoster(): Promise<Fetched<Roster>> {
  return call<Roster>(ROSTER_URL, { headers: { [DEVICE_HEADER]: deviceId() } });
}

export function sendCheckIns(events: CheckInEvent[]): Promise<Fetched<{ results: CheckInResult[] }>> {
  return call(EVENTS_URL, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ events }) });
}
