import "server-only";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EditionStatus, SessionStatus, SessionType, SpeakerRole } from "@/lib/generated/prisma/client";
import { materialSelect, type SessionMaterialView } from "@/lib/materials/session-queries";
import { localDayBounds, searchWords, SESSION_CONTENT_SELECT } from "./rules";
import { editionsFor } from "@/lib/editions/rules";
import { currentEdition } from "@/lib/editions/current-queries";

export type SessionFilters = {
  q?: string;
  /** YYYY-MM-DD, a local day of the edition's zone; a multi-day session matches each of its days. */
  day?: string;
  /** Venue slug. */
  venue?: string;
  type?: SessionType;
  /** Lead unit id. */
  lead?: string;
};

type UnitSummary = { id: string; name: string; nameEn: string | null; shortName: string | null };

export type AgendaSession = {
  id: string;
  slug: string;
  type: SessionType;
  status: SessionStatus;
  title: string;
  titleEn: string | null;
  content: string;
  contentEn: string | null;
  participants: string;
  participantsEn: string | null;
  startsAt: Date;
  endsAt: Date;
  timesProvisional: boolean;
  capacity: number | null;
  seatsTaken: number;
  waitlistCount: number;
  registrationOpen: boolean;
  sequence: number;
  updatedAt: Date;
  venue: {
    slug: string;
    name: string;
    nameEn: string | null;
    address: string;
    latitude: number | null;
    longitude: number | null;
  } | null;
  leadUnit: UnitSummary;
  coordinatingUnits: UnitSummary[];
  speakers: { name: string; position: string | null; organization: string | null; role: SpeakerRole }[];
  /** Slides, documents and video links published after the session (lib/materials). */
  materials: SessionMaterialView[];
};

export type AgendaEdition = {
  id: string;
  year: number;
  slug: string;
  name: string;
  nameEn: string | null;
  startsOn: Date;
  endsOn: Date;
  timeZone: string;
  status: EditionStatus;
  updatedAt: Date;
};

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const editionSelect = {
  id: true,
  year: true,
  slug: true,
  name: true,
  nameEn: true,
  startsOn: true,
  endsOn: true,
  timeZone: true,
  status: true,
  updatedAt: true,
} satisfies Prisma.EditionSelect;

const unitSelect = { id: true, name: true, nameEn: true, shortName: true } satisfies Prisma.UnitSelect;

const sessionSelect = {
  id: true,
  ...SESSION_CONTENT_SELECT,
  status: true,
  timesProvisional: true,
  capacity: true,
  seatsTaken: true,
  registrationOpen: true,
  sequence: true,
  updatedAt: true,
  venue: { select: { slug: true, name: true, nameEn: true, address: true, latitude: true, longitude: true } },
  leadUnit: { select: unitSelect },
  coordinatingUnits: { orderBy: { position: "asc" }, select: { unit: { select: unitSelect } } },
  speakers: {
    orderBy: { position: "asc" },
    select: { role: true, speaker: { select: { name: true, position: true, organization: true } } },
  },
  materials: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: materialSelect },
  _count: { select: { seats: { where: { status: "WAITLISTED" } } } },
} satisfies Prisma.SessionSelect;

type SessionRow = Prisma.SessionGetPayload<{ select: typeof sessionSelect }>;

type DecimalCoordinates = { latitude: Prisma.Decimal | null; longitude: Prisma.Decimal | null };

function withNumericCoordinates<V extends DecimalCoordinates>(venue: V) {
  return { ...venue, latitude: venue.latitude?.toNumber() ?? null, longitude: venue.longitude?.toNumber() ?? null };
}

function toAgendaSession(row: SessionRow): AgendaSession {
  const { _count, venue, coordinatingUnits, speakers, ...fields } = row;
  return {
    ...fields,
    waitlistCount: _count.seats,
    venue: venue && withNumericCoordinates(venue),
    coordinatingUnits: coordinatingUnits.map(({ unit }) => unit),
    speakers: speakers.map(({ role, speaker }) => ({ ...speaker, role })),
  };
}

/**
 * The agenda's reads, on any database: the app binds them to its client in queries.ts, the tests to
 * their own database.
 */
function findPublicEdition(database: Database, year: number): Promise<AgendaEdition | null> {
  return database.edition.findFirst({ where: { year, ...editionsFor("public") }, select: editionSelect });
}

/**
 * Ids of the edition's sessions in which every word of `query` occurs somewhere: in the session's
 * own text, its venue's name, its lead or coordinating units or its speakers. Each source is a
 * separate indexed lookup (trigram indexes on `search_document`, see the agenda_search migration).
 */
async function findSessionIdsMatching(database: Database, editionId: string, query: string): Promise<string[] | null> {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const conditions = words.map((word) => {
    const pattern = Prisma.sql`'%' || search_normalize(${word}) || '%'`;
    return Prisma.sql`s.id IN (
      SELECT id FROM sessions WHERE edition_id = ${editionId}::uuid
        AND search_document(title, title_en, content, content_en, participants, participants_en) LIKE ${pattern}
      UNION SELECT id FROM sessions WHERE venue_id IN (
        SELECT id FROM venues WHERE search_document(name, name_en) LIKE ${pattern})
      UNION SELECT id FROM sessions WHERE lead_unit_id IN (
        SELECT id FROM units WHERE search_document(name, name_en, short_name) LIKE ${pattern})
      UNION SELECT session_id FROM session_coordinating_units WHERE unit_id IN (
        SELECT id FROM units WHERE search_document(name, name_en, short_name) LIKE ${pattern})
      UNION SELECT session_id FROM session_speakers WHERE speaker_id IN (
        SELECT id FROM speakers WHERE search_document(name) LIKE ${pattern})
    )`;
  });
  const rows = await database.$queryRaw<{ id: string }[]>`
    SELECT s.id::text AS id FROM sessions s
    WHERE s.edition_id = ${editionId}::uuid AND ${Prisma.join(conditions, " AND ")}`;
  return rows.map((row) => row.id);
}

/** See listEditionSessions in queries.ts. */
export async function listEditionSessionsIn(
  database: Database,
  year: number,
  filters: SessionFilters = {},
  options: { includeCancelled?: boolean } = {},
): Promise<{ edition: AgendaEdition; sessions: AgendaSession[] } | null> {
  const edition = await findPublicEdition(database, year);
  if (!edition) return null;
  return { edition, sessions: await readEditionSessions(database, edition, filters, options) };
}

async function readEditionSessions(
  database: Database,
  edition: AgendaEdition,
  filters: SessionFilters,
  options: { includeCancelled?: boolean },
): Promise<AgendaSession[]> {
  const where: Prisma.SessionWhereInput = {
    editionId: edition.id,
    status: { in: options.includeCancelled ? ["PUBLISHED", "CANCELLED"] : ["PUBLISHED"] },
  };
  if (filters.type) where.type = filters.type;
  if (filters.venue) where.venue = { slug: filters.venue };
  if (filters.lead) {
    // An id that is not a UUID names no unit; PostgreSQL would reject it rather than find nothing.
    if (!UUID_PATTERN.test(filters.lead)) return [];
    where.leadUnitId = filters.lead;
  }
  if (filters.day) {
    const bounds = localDayBounds(filters.day, edition.timeZone);
    if (!bounds) return [];
    where.startsAt = { lt: bounds.end };
    where.endsAt = { gt: bounds.start };
  }
  if (filters.q) {
    const ids = await findSessionIdsMatching(database, edition.id, filters.q);
    if (ids) where.id = { in: ids };
  }
  const rows = await database.session.findMany({
    where,
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    select: sessionSelect,
  });
  return rows.map(toAgendaSession);
}

/** A published or cancelled session; cancelled ones stay reachable so that their page can say so. */
export async function getEditionSessionIn(
  database: Database,
  year: number,
  slug: string,
): Promise<{ edition: AgendaEdition; session: AgendaSession } | null> {
  const edition = await findPublicEdition(database, year);
  if (!edition) return null;
  const row = await database.session.findFirst({
    where: { editionId: edition.id, slug, status: { in: ["PUBLISHED", "CANCELLED"] } },
    select: sessionSelect,
  });
  return row && { edition, session: toAgendaSession(row) };
}

/** Year of the edition the public site presents as current; null when there is none. */
export async function findCurrentEditionYear(database: Database): Promise<number | null> {
  return (await currentEdition(database, "public"))?.year ?? null;
}

type VenueEditionSessions = {
  edition: Pick<AgendaEdition, "year" | "name" | "nameEn" | "timeZone">;
  sessions: AgendaSession[];
};

export type VenueWithSessions = {
  venue: NonNullable<AgendaSession["venue"]> & { commune: string | null; capacity: number | null };
  /** Public editions holding published sessions at the venue, newest first. */
  editions: VenueEditionSessions[];
};

/** A venue with its published sessions of every public edition; null for an unknown slug. */
export async function getVenueWithSessionsIn(database: Database, slug: string): Promise<VenueWithSessions | null> {
  const venue = await database.venue.findUnique({
    where: { slug },
    select: { slug: true, name: true, nameEn: true, address: true, commune: true, capacity: true, latitude: true, longitude: true },
  });
  if (!venue) return null;
  const rows = await database.session.findMany({
    where: { venue: { slug }, status: "PUBLISHED", edition: editionsFor("public") },
    orderBy: [{ edition: { year: "desc" } }, { startsAt: "asc" }, { title: "asc" }],
    select: { ...sessionSelect, edition: { select: { year: true, name: true, nameEn: true, timeZone: true } } },
  });
  const editions: VenueEditionSessions[] = [];
  for (const { edition, ...row } of rows) {
    const last = editions.at(-1);
    if (last?.edition.year === edition.year) last.sessions.push(toAgendaSession(row));
    else editions.push({ edition, sessions: [toAgendaSession(row)] });
  }
  return {
    venue: withNumericCoordinates(venue),
    editions,
  };
}

export type SitemapData = {
  currentYear: number | null;
  editions: { year: number; updatedAt: Date; sessions: { slug: string; updatedAt: Date }[] }[];
  venues: { slug: string; updatedAt: Date }[];
};

/** What the sitemap lists: public editions with their public sessions, and the venues that host them. */
export async function readSitemapDataIn(database: Database): Promise<SitemapData> {
  const editions = await database.edition.findMany({
    where: editionsFor("public"),
    orderBy: { year: "desc" },
    select: {
      year: true,
      isCurrent: true,
      updatedAt: true,
      sessions: {
        where: { status: { in: ["PUBLISHED", "CANCELLED"] } },
        orderBy: { startsAt: "asc" },
        select: { slug: true, updatedAt: true },
      },
    },
  });
  const venues = await database.venue.findMany({
    where: { sessions: { some: { status: "PUBLISHED", edition: editionsFor("public") } } },
    orderBy: { slug: "asc" },
    select: { slug: true, updatedAt: true },
  });
  return {
    currentYear: editions.find((edition) => edition.isCurrent)?.year ?? null,
    editions: editions.map(({ isCurrent: _isCurrent, ...edition }) => edition),
    venues,
  };
}
