import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { signTicket } from "@/lib/tickets/token";
import { matchKeyOf, matchValuesOf, plausibleCheckInTime, type CheckInEvent, type Roster, type RosterEntry } from "./rules";
import type { CheckInEventInput } from "./schema";

// Reads and writes of on-site check-in. The caller (queries.ts, the routes) has checked the permission.

export function ticketDigest(token: string): string {
  return createHash("sha256").update(token.trim(), "utf8").digest("hex");
}

/** The keys a phone or press card number is matched by at the door; the number itself stays here. */
function matchKeysFor(salt: string, text: string | null): Promise<string[]> {
  if (!text) return Promise.resolve([]);
  const prefix = text.startsWith("+") ? "phone:" : "card:";
  return Promise.all(
    matchValuesOf(text)
      .filter((value) => value.startsWith(prefix))
      .map((value) => matchKeyOf(salt, value)),
  );
}

function checkInTimes(checkIns: { sessionId: string; checkedInAt: Date }[]): Record<string, string> {
  return Object.fromEntries(checkIns.map((checkIn) => [checkIn.sessionId, checkIn.checkedInAt.toISOString()]));
}

async function delegateEntries(
  database: Database,
  edition: { id: string; year: number },
  secret: string,
  salt: string,
): Promise<RosterEntry[]> {
  const rows = await database.registration.findMany({
    where: { editionId: edition.id, status: "ACTIVE", seats: { some: { status: { in: ["CONFIRMED", "WAITLISTED"] } } } },
    select: {
      code: true,
      fullName: true,
      organization: true,
      phone: true,
      seats: { where: { status: { in: ["CONFIRMED", "WAITLISTED"] } }, select: { sessionId: true, status: true } },
      checkIns: { select: { sessionId: true, checkedInAt: true } },
    },
  });
  return Promise.all(
    rows.map(async (row) => ({
      kind: "delegate" as const,
      code: row.code,
      ticketDigest: ticketDigest(signTicket({ kind: "R", subject: row.code, year: edition.year }, secret)),
      fullName: row.fullName ?? "",
      organization: row.organization ?? "",
      // Stored in its international form (+84…), as the registration rules normalise it.
      matchKeys: await matchKeysFor(salt, row.phone),
      revoked: false,
      seats: row.seats.map((seat) => ({ sessionId: seat.sessionId, status: seat.status as "CONFIRMED" | "WAITLISTED" })),
      checkIns: checkInTimes(row.checkIns),
    })),
  );
}

/**
 * Journalists holding a press pass: approved ones, and revoked ones so that the door refuses them by
 * name. A pending or rejected accreditation has no pass to scan.
 */
async function journalistEntries(
  database: Database,
  edition: { id: string; year: number },
  secret: string,
  salt: string,
): Promise<RosterEntry[]> {
  const rows = await database.pressAccreditation.findMany({
    where: { editionId: edition.id, status: { in: ["APPROVED", "REVOKED"] }, passCode: { not: null } },
    select: {
      status: true,
      passCode: true,
      fullName: true,
      outlet: true,
      cardNumber: true,
      sessions: { select: { sessionId: true } },
      checkIns: { select: { sessionId: true, checkedInAt: true } },
    },
  });
  return Promise.all(
    rows.map(async (row) => ({
      kind: "press" as const,
      code: row.passCode!,
      ticketDigest: ticketDigest(signTicket({ kind: "P", subject: row.passCode!, year: edition.year }, secret)),
      fullName: row.fullName,
      organization: row.outlet,
      matchKeys: await matchKeysFor(salt, row.cardNumber),
      revoked: row.status === "REVOKED",
      seats: row.sessions.map((covered) => ({ sessionId: covered.sessionId, status: "COVERING" as const })),
      checkIns: checkInTimes(row.checkIns),
    })),
  );
}

/**
 * The roster a phone downloads, and keeps (IndexedDB) so that the station works without a network:
 * only what the door needs — name, organisation, seats, check-ins — for every active delegate of the
 * edition holding a seat and every approved journalist, each known by the digest of their signed ticket
 * or press-pass token (never the secret). Phones and press card numbers are only keys to match a typed
 * number, keyed with a salt drawn for this download: a station lets staff find a delegate whose number
 * they have, never read anyone's number.
 */
export async function loadRoster(database: Database, edition: { id: string; year: number }, secret: string): Promise<Roster> {
  const matchSalt = randomBytes(16).toString("base64url");
  const [delegates, journalists] = await Promise.all([
    delegateEntries(database, edition, secret, matchSalt),
    journalistEntries(database, edition, secret, matchSalt),
  ]);
  return { downloadedAt: new Date().toISOString(), matchSalt, entries: [...delegates, ...journalists] };
}

/** Which station downloaded a roster: the id it keeps on the phone, and its browser. */
export type StationDevice = { id: string | null; userAgent: string | null };

/** Each download of the roster is recorded: who, from which device and address, how many people. */
export async function recordRosterDownload(
  database: Database,
  edition: { id: string; year: number },
  roster: Roster,
  staff: { userId: string; ip: string | null },
  device: StationDevice,
): Promise<void> {
  await recordAudit(database, {
    userId: staff.userId,
    ip: staff.ip,
    action: "checkin.roster-download",
    entityType: "Edition",
    entityId: edition.id,
    after: { year: edition.year, entries: roster.entries.length, device: device.id, userAgent: device.userAgent },
  });
}

export type CheckInResult =
  | { id: string; status: "recorded"; checkedInAt: string }
  | { id: string; status: "already"; checkedInAt: string }
  | { id: string; status: "unknown" };

type Staff = { userId: string; ip: string | null };

type Holder = { registrationId: string; accreditationId: null } | { registrationId: null; accreditationId: string };

/** Whom a code lets in: an active delegate's registration, or an approved journalist's press pass. */
async function findHolder(tx: Prisma.TransactionClient, editionId: string, code: string): Promise<Holder | null> {
  const registration = await tx.registration.findFirst({ where: { code, editionId, status: "ACTIVE" }, select: { id: true } });
  if (registration) return { registrationId: registration.id, accreditationId: null };
  const accreditation = await tx.pressAccreditation.findFirst({
    where: { passCode: code, editionId, status: "APPROVED" },
    select: { id: true },
  });
  return accreditation ? { registrationId: null, accreditationId: accreditation.id } : null;
}

/**
 * Records one check-in, idempotently: the device's event id is unique, and so is a delegate's or a
 * journalist's check-in per session, so a queued event sent twice (a lost answer, two tabs) is stored
 * once and answered "recorded" again; another device's earlier check-in is answered "already" with its time.
 */
async function recordCheckIn(
  database: Database,
  editionId: string,
  event: CheckInEventInput,
  staff: Staff,
  now: Date,
): Promise<CheckInResult> {
  return database.$transaction(async (tx) => {
    const holder = await findHolder(tx, editionId, event.code);
    const session = await tx.session.findFirst({ where: { id: event.sessionId, editionId }, select: { id: true } });
    if (!holder || !session) return { id: event.id, status: "unknown" } as const;
    const at = plausibleCheckInTime(new Date(event.at), now);
    const inserted = await tx.$queryRaw<{ id: string }[]>`
      INSERT INTO check_ins (id, registration_id, accreditation_id, session_id, checked_in_at, staff_user_id, client_event_id)
      VALUES (gen_random_uuid(), ${holder.registrationId}::uuid, ${holder.accreditationId}::uuid, ${session.id}::uuid, ${at}, ${staff.userId}::uuid, ${event.id})
      ON CONFLICT DO NOTHING RETURNING id::text`;
    if (inserted[0]) {
      await recordAudit(tx, {
        userId: staff.userId,
        action: "checkin.create",
        entityType: holder.registrationId ? "Registration" : "PressAccreditation",
        entityId: (holder.registrationId ?? holder.accreditationId)!,
        after: { session: session.id, checkedInAt: at, clientEventId: event.id },
        ip: staff.ip,
      });
      return { id: event.id, status: "recorded", checkedInAt: at.toISOString() } as const;
    }
    const existing = await tx.checkIn.findFirst({
      where: {
        sessionId: session.id,
        ...(holder.registrationId ? { registrationId: holder.registrationId } : { accreditationId: holder.accreditationId }),
      },
      select: { checkedInAt: true, clientEventId: true },
    });
    if (!existing) return { id: event.id, status: "unknown" } as const;
    const status = existing.clientEventId === event.id ? "recorded" : "already";
    return { id: event.id, status, checkedInAt: existing.checkedInAt.toISOString() } as const;
  });
}

/** Records a batch from a device's queue, in its order. */
export async function recordCheckIns(
  database: Database,
  editionId: string,
  events: CheckInEvent[],
  staff: Staff,
): Promise<CheckInResult[]> {
  const now = new Date();
  const results: CheckInResult[] = [];
  for (const event of events) results.push(await recordCheckIn(database, editionId, event, staff, now));
  return results;
}
