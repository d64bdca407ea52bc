import { parseQueue, toQueue, type CheckInEvent, type Roster } from "./rules";

// What the check-in phone keeps between visits, in IndexedDB: the roster (so that a station opened
// without a network still knows every ticket) and the queue of check-ins not yet acknowledged. It
// survives closing the browser and restarting the phone. Browser only.

const DATABASE = "qn-checkin";
const STORE = "station";
const LEGACY_QUEUE_KEY = "qn-checkin-queue";

type Key = "roster" | "queue";

let opened: Promise<IDBDatabase> | null = null;

function openDatabase(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  opened.catch(() => (opened = null));
  return opened;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await openDatabase();
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(STORE, mode);
    const request = work(transaction.objectStore(STORE));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onerror = () => reject(transaction.error);
    transaction.onabort = () => reject(transaction.error);
  });
}

const read = (key: Key) => run<unknown>("readonly", (store) => store.get(key));
const write = (key: Key, value: unknown) => run("readwrite", (store) => store.put(value, key));

function isRoster(value: unknown): value is Roster {
  const roster = value as Roster | undefined;
  return typeof roster?.downloadedAt === "string" && typeof roster.matchSalt === "string" && Array.isArray(roster.entries);
}

/**
 * The roster last downloaded on this device, with the check-ins made here since; null when none. A
 * roster kept by an earlier version of the station (which held phone numbers) is deleted, not used.
 */
export async function loadStoredRoster(): Promise<Roster | null> {
  const value = await read("roster").catch(() => null);
  if (isRoster(value)) return value;
  if (value) await forgetStoredRoster().catch(() => undefined);
  return null;
}

export function storeRoster(roster: Roster): Promise<void> {
  return write("roster", roster).then(() => undefined);
}

/** Once the server says the user is signed out, the phone keeps no one's personal data. */
export function forgetStoredRoster(): Promise<void> {
  return run("readwrite", (store) => store.delete("roster")).then(() => undefined);
}

/**
 * The queue: only codes, session ids and times. A queue an earlier version of the station left in
 * localStorage is taken over once, so no check-in made before an update is lost.
 */
export async function loadStoredQueue(): Promise<CheckInEvent[]> {
  const stored = toQueue(await read("queue").catch(() => null));
  const legacy = parseQueue(localStorage.getItem(LEGACY_QUEUE_KEY));
  if (legacy.length === 0) return stored;
  const known = new Set(stored.map((event) => event.id));
  const merged = [...stored, ...legacy.filter((event) => !known.has(event.id))];
  await storeQueue(merged);
  localStorage.removeItem(LEGACY_QUEUE_KEY);
  return merged;
}

export function storeQueue(queue: CheckInEvent[]): Promise<void> {
  return write("queue", queue).then(() => undefined);
}
