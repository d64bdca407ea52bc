import "server-only";
import type { Database } from "@/lib/db-client";

// The figures of the registration dashboard, counted in PostgreSQL: a few grouped statements whatever
// the number of registrations. Erased registrations count in totals by status only (no personal data).

// Journalists checked in are counted apart from delegates (`pressCheckedIn`), not added to them:
// organisers read "checked in" against confirmed seats (turn-out, no-shows, seats to release to the
// wait list), and journalists hold no seats, so mixing them in would overstate delegates' turn-out and
// could show more check-ins than seats. The head count in the hall is the sum, shown next to it.
type SessionFill = {
  id: string;
  title: string;
  startsAt: Date;
  capacity: number | null;
  confirmed: number;
  waitlisted: number;
  checkedIn: number;
  pressCheckedIn: number;
};

async function countByStatus(database: Database, editionId: string) {
  const rows = await database.registration.groupBy({ by: ["status"], where: { editionId }, _count: { _all: true } });
  const of = (status: string) => rows.find((row) => row.status === status)?._count._all ?? 0;
  return { active: of("ACTIVE"), cancelled: of("CANCELLED"), erased: of("ERASED") };
}

/** A count of a nullable column counts its non-null values: delegates' and journalists' check-ins apart. */
function checkInCounts(count: { registrationId: number; accreditationId: number } | undefined) {
  return { checkedIn: count?.registrationId ?? 0, pressCheckedIn: count?.accreditationId ?? 0 };
}

async function sessionFill(database: Database, editionId: string): Promise<SessionFill[]> {
  const [sessions, seats, checkIns] = await Promise.all([
    database.session.findMany({
      where: { editionId, status: { not: "DRAFT" }, OR: [{ capacity: { not: null } }, { seats: { some: {} } }, { checkIns: { some: {} } }] },
      select: { id: true, title: true, startsAt: true, capacity: true },
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    }),
    database.seat.groupBy({ by: ["sessionId", "status"], where: { session: { editionId } }, _count: { _all: true } }),
    database.checkIn.groupBy({ by: ["sessionId"], where: { session: { editionId } }, _count: { _all: true, registrationId: true, accreditationId: true } }),
  ]);
  const seatCount = (sessionId: string, status: string) =>
    seats.find((row) => row.sessionId === sessionId && row.status === status)?._count._all ?? 0;
  return sessions.map((session) => ({
    ...session,
    confirmed: seatCount(session.id, "CONFIRMED"),
    waitlisted: seatCount(session.id, "WAITLISTED"),
    ...checkInCounts(checkIns.find((row) => row.sessionId === session.id)?._count),
  }));
}

/** Registrations per calendar day in Asia/Ho_Chi_Minh, oldest first. */
async function registrationsPerDay(database: Database, editionId: string) {
  const rows = await database.$queryRaw<{ day: string; count: number }[]>`
    SELECT to_char(created_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day, count(*)::int AS count
    FROM registrations WHERE edition_id = ${editionId}::uuid GROUP BY 1 ORDER BY 1`;
  return rows;
}

async function breakdowns(database: Database, editionId: string) {
  const where = { editionId, status: "ACTIVE" as const };
  const [groups, provinces, checkedIn, pressCheckedIn] = await Promise.all([
    database.registration.groupBy({ by: ["group"], where, _count: { _all: true }, orderBy: { _count: { group: "desc" } } }),
    database.registration.groupBy({ by: ["province"], where, _count: { _all: true }, orderBy: { _count: { province: "desc" } } }),
    database.registration.count({ where: { ...where, checkIns: { some: {} } } }),
    database.pressAccreditation.count({ where: { editionId, checkIns: { some: {} } } }),
  ]);
  return {
    groups: groups.map((row) => ({ key: row.group, count: row._count._all })),
    provinces: provinces.map((row) => ({ key: row.province ?? "", count: row._count._all })),
    checkedIn,
    pressCheckedIn,
  };
}

export async function loadRegistrationStatistics(database: Database, editionId: string) {
  const [totals, sessions, perDay, parts] = await Promise.all([
    countByStatus(database, editionId),
    sessionFill(database, editionId),
    registrationsPerDay(database, editionId),
    breakdowns(database, editionId),
  ]);
  return { totals: { ...totals, checkedIn: parts.checkedIn, pressCheckedIn: parts.pressCheckedIn }, sessions, perDay, groups: parts.groups, provinces: parts.provinces };
}
