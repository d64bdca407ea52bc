import "server-only";
import { searchWords } from "@/lib/agenda/rules";
import { auditTimeRange } from "@/lib/audit/schema";
import type { Database } from "@/lib/db-client";
import { Prisma, type SeatStatus } from "@/lib/generated/prisma/client";
import { pageSizeOf, type RegistrationFilters } from "./admin-filters";
import { personSelect } from "./manage-queries";
import { normalizePhone } from "./rules";

// The SQL of the back-office registration list. Search and sort read the columns PostgreSQL
// generates (migration registration_admin_search): `search_text` under a trigram index, and the
// sort keys `name_key` and `organization_key` under btree indexes.

/** Words of the query; a whole query that is a phone number, however typed, becomes its stored E.164 form. */
function registrationSearchTerms(query: string): string[] {
  const phone = normalizePhone(query);
  return phone ? [phone] : searchWords(query);
}

function seatCondition(filters: RegistrationFilters): Prisma.Sql | null {
  if (!filters.session && !filters.seat) return null;
  const statuses = filters.seat ? [filters.seat] : ["CONFIRMED", "WAITLISTED"];
  const session = filters.session ? Prisma.sql`AND s.session_id = ${filters.session}::uuid` : Prisma.empty;
  return Prisma.sql`EXISTS (SELECT 1 FROM seats s WHERE s.registration_id = r.id ${session}
    AND s.status = ANY(${statuses}::"SeatStatus"[]))`;
}

function checkInCondition(filters: RegistrationFilters): Prisma.Sql | null {
  if (!filters.checkedIn) return null;
  const session = filters.session ? Prisma.sql`AND c.session_id = ${filters.session}::uuid` : Prisma.empty;
  const exists = Prisma.sql`EXISTS (SELECT 1 FROM check_ins c WHERE c.registration_id = r.id ${session})`;
  return filters.checkedIn === "yes" ? exists : Prisma.sql`NOT ${exists}`;
}

function mailCondition(filters: RegistrationFilters): Prisma.Sql | null {
  if (filters.mail === "refused") return Prisma.sql`r.mail_refused_at IS NOT NULL`;
  if (filters.mail === "unsent") return Prisma.sql`r.confirmation_mailed_at IS NULL`;
  return null;
}

/** The WHERE clause of a filtered list: erased registrations (no personal data left) never appear. */
export function registrationWhere(editionId: string, filters: RegistrationFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [Prisma.sql`r.edition_id = ${editionId}::uuid`];
  conditions.push(filters.status ? Prisma.sql`r.status = ${filters.status}::"RegistrationStatus"` : Prisma.sql`r.status <> 'ERASED'`);
  for (const word of filters.q ? registrationSearchTerms(filters.q) : []) {
    conditions.push(Prisma.sql`r.search_text LIKE '%' || search_normalize(${word}) || '%'`);
  }
  if (filters.group) conditions.push(Prisma.sql`r."group" = ${filters.group}::"DelegateGroup"`);
  const range = auditTimeRange({ from: filters.from, to: filters.to });
  if (range.gte) conditions.push(Prisma.sql`r.created_at >= ${range.gte}`);
  if (range.lt) conditions.push(Prisma.sql`r.created_at < ${range.lt}`);
  for (const condition of [seatCondition(filters), checkInCondition(filters), mailCondition(filters)]) if (condition) conditions.push(condition);
  return Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`;
}

const EXPORT_SLICE = 2_000;

const ORDER_BY: Record<NonNullable<RegistrationFilters["sort"]>, Prisma.Sql> = {
  newest: Prisma.sql`r.created_at DESC, r.id DESC`,
  oldest: Prisma.sql`r.created_at ASC, r.id ASC`,
  name: Prisma.sql`r.name_key, r.id`,
  organization: Prisma.sql`r.organization_key, r.id`,
};

/** Ids of the matching registrations in list order: one page, or up to `limit` for an export. */
async function findRegistrationIds(
  database: Database,
  editionId: string,
  filters: RegistrationFilters,
  { limit, offset = 0 }: { limit: number; offset?: number },
): Promise<string[]> {
  const rows = await database.$queryRaw<{ id: string }[]>`
    SELECT r.id::text FROM registrations r ${registrationWhere(editionId, filters)}
    ORDER BY ${ORDER_BY[filters.sort ?? "newest"]} LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((row) => row.id);
}

async function countRegistrations(database: Database, editionId: string, filters: RegistrationFilters): Promise<number> {
  const [row] = await database.$queryRaw<{ total: number }[]>`
    SELECT count(*)::int AS total FROM registrations r ${registrationWhere(editionId, filters)}`;
  return row?.total ?? 0;
}

const listSelect = {
  id: true,
  ...personSelect,
  seats: {
    where: { status: { in: ["CONFIRMED", "WAITLISTED"] as SeatStatus[] } },
    select: { status: true, session: { select: { id: true, slug: true, title: true, startsAt: true } } },
    orderBy: { session: { startsAt: "asc" } },
  },
  checkIns: { select: { sessionId: true, checkedInAt: true } },
  consents: { where: { withdrawnAt: null }, select: { purpose: true } },
} satisfies Prisma.RegistrationSelect;

/** The rows of the given ids, in the order of the ids. */
async function loadRegistrationRows(database: Database, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await database.registration.findMany({ where: { id: { in: ids } }, select: listSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type RegistrationRow = Awaited<ReturnType<typeof loadRegistrationRows>>[number];

/** Every matching row in list order, for an export; read in slices so no statement carries 100,000 ids. */
export async function loadAllRegistrationRows(database: Database, editionId: string, filters: RegistrationFilters, limit: number) {
  const ids = await findRegistrationIds(database, editionId, filters, { limit });
  const rows: RegistrationRow[] = [];
  for (let start = 0; start < ids.length; start += EXPORT_SLICE) {
    rows.push(...(await loadRegistrationRows(database, ids.slice(start, start + EXPORT_SLICE))));
  }
  return rows;
}

/** One page of the list, with the total for the pagination. */
export async function searchRegistrationsIn(database: Database, editionId: string, filters: RegistrationFilters) {
  const page = filters.page ?? 1;
  const size = pageSizeOf(filters);
  const [total, ids] = await Promise.all([
    countRegistrations(database, editionId, filters),
    findRegistrationIds(database, editionId, filters, { limit: size, offset: (page - 1) * size }),
  ]);
  const rows = await loadRegistrationRows(database, ids);
  return { total, page, pages: Math.max(1, Math.ceil(total / size)), rows };
}
