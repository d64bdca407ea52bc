import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchWords } from "@/lib/agenda/rules";
import { slugify } from "@/lib/i18n/fold";
import { recordAudit, type Actor } from "@/lib/audit/store";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { CatalogueKind, SpeakerInput, UnitInput, VenueInput } from "./schema";

// Reads and writes of units, venues and speakers, on any database. Every write runs in one transaction
// with its audit record; the caller has checked the permission and validated the input.

type Tx = Prisma.TransactionClient;

const ENTITY: Record<CatalogueKind, { type: string; action: string }> = {
  units: { type: "Unit", action: "unit" },
  venues: { type: "Venue", action: "venue" },
  speakers: { type: "Speaker", action: "speaker" },
};

// The same expressions as the trigram indexes of the agenda_search migration.
const SEARCH_DOCUMENT: Record<CatalogueKind, Prisma.Sql> = {
  units: Prisma.sql`search_document(name, name_en, short_name)`,
  venues: Prisma.sql`search_document(name, name_en)`,
  speakers: Prisma.sql`search_document(name)`,
};

/** Ids of the records whose names hold every word of `query`, accents and case ignored; null: no filter. */
async function idsMatching(database: Database, kind: CatalogueKind, query: string | undefined): Promise<string[] | null> {
  const words = searchWords(query ?? "");
  if (words.length === 0) return null;
  const conditions = words.map((word) => Prisma.sql`${SEARCH_DOCUMENT[kind]} LIKE '%' || search_normalize(${word}) || '%'`);
  const rows = await database.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM ${Prisma.raw(kind)} WHERE ${Prisma.join(conditions, " AND ")}`;
  return rows.map((row) => row.id);
}

export type CatalogueRow = { id: string; name: string; detail: string | null; sessions: number };

/** A kind's records by name, with how many sessions use each (what a merge would move). */
export async function listCatalogue(database: Database, kind: CatalogueKind, query?: string): Promise<CatalogueRow[]> {
  const ids = await idsMatching(database, kind, query);
  const where = ids ? { id: { in: ids } } : {};
  const orderBy = { name: "asc" } as const;
  if (kind === "units") {
    const rows = await database.unit.findMany({
      where,
      orderBy,
      select: { id: true, name: true, shortName: true, _count: { select: { ledSessions: true, coordinatedSessions: true } } },
    });
    return rows.map((row) => ({ id: row.id, name: row.name, detail: row.shortName, sessions: row._count.ledSessions + row._count.coordinatedSessions }));
  }
  if (kind === "venues") {
    const rows = await database.venue.findMany({ where, orderBy, select: { id: true, name: true, address: true, _count: { select: { sessions: true } } } });
    return rows.map((row) => ({ id: row.id, name: row.name, detail: row.address, sessions: row._count.sessions }));
  }
  const rows = await database.speaker.findMany({ where, orderBy, select: { id: true, name: true, organization: true, _count: { select: { sessions: true } } } });
  return rows.map((row) => ({ id: row.id, name: row.name, detail: row.organization, sessions: row._count.sessions }));
}

const SNAPSHOT = {
  units: { id: true, name: true, nameEn: true, shortName: true, kind: true },
  venues: { id: true, slug: true, name: true, nameEn: true, address: true, commune: true, capacity: true, latitude: true, longitude: true, notes: true },
  speakers: { id: true, name: true, position: true, organization: true, bio: true, bioEn: true },
} as const;

/** One record as its form and the audit log see it; null when unknown. */
export async function findCatalogueRecord(database: Database | Tx, kind: CatalogueKind, id: string): Promise<Record<string, unknown> | null> {
  if (kind === "units") return database.unit.findUnique({ where: { id }, select: SNAPSHOT.units });
  if (kind === "venues") return database.venue.findUnique({ where: { id }, select: SNAPSHOT.venues });
  return database.speaker.findUnique({ where: { id }, select: SNAPSHOT.speakers });
}

/** The venue name's slug, or the first free `<slug>-2`, `-3`… */
async function freeVenueSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || "dia-diem";
  const taken = new Set((await tx.venue.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug));
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

async function writeRecord(tx: Tx, kind: CatalogueKind, id: string | null, input: Record<string, unknown>): Promise<string> {
  if (kind === "units") {
    const data = input as UnitInput;
    return (id ? await tx.unit.update({ where: { id }, data }) : await tx.unit.create({ data })).id;
  }
  if (kind === "venues") {
    const data = input as VenueInput;
    if (id) return (await tx.venue.update({ where: { id }, data })).id;
    return (await tx.venue.create({ data: { ...data, slug: await freeVenueSlug(tx, data.name) } })).id;
  }
  const data = input as SpeakerInput;
  return (id ? await tx.speaker.update({ where: { id }, data }) : await tx.speaker.create({ data })).id;
}

/** Creates (id null) or updates a record; a unit name already taken is a CONFLICT. */
export async function saveCatalogueRecord(
  database: Database,
  kind: CatalogueKind,
  id: string | null,
  input: UnitInput | VenueInput | SpeakerInput,
  actor: Actor,
): Promise<{ id: string }> {
  try {
    return await database.$transaction(async (tx) => {
      const before = id ? await findCatalogueRecord(tx, kind, id) : null;
      if (id && !before) throw new DomainError("NOT_FOUND", `${kind} ${id} not found`);
      const savedId = await writeRecord(tx, kind, id, input);
      const after = await findCatalogueRecord(tx, kind, savedId);
      const { type, action } = ENTITY[kind];
      await recordAudit(tx, { userId: actor.userId, action: `${action}.${id ? "update" : "create"}`, entityType: type, entityId: savedId, before, after, ip: actor.ip });
      return { id: savedId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "name taken", { field: "name" });
    throw error;
  }
}

/**
 * Statements that move every reference from the duplicate to the record kept. Link tables keyed by
 * (owner, record) first drop the duplicate's row where the kept record is already linked, so the
 * move cannot collide; a session led by the kept unit does not also list it as coordinating.
 */
function repointStatements(kind: CatalogueKind, from: string, to: string): Prisma.Sql[] {
  const source = Prisma.sql`${from}::uuid`;
  const target = Prisma.sql`${to}::uuid`;
  const linkTable = (table: string, owner: string, column: string) => [
    Prisma.sql`DELETE FROM ${Prisma.raw(table)} WHERE ${Prisma.raw(column)} = ${source}
      AND ${Prisma.raw(owner)} IN (SELECT ${Prisma.raw(owner)} FROM ${Prisma.raw(table)} WHERE ${Prisma.raw(column)} = ${target})`,
    Prisma.sql`UPDATE ${Prisma.raw(table)} SET ${Prisma.raw(column)} = ${target} WHERE ${Prisma.raw(column)} = ${source}`,
  ];
  const column = (table: string, name: string) => Prisma.sql`UPDATE ${Prisma.raw(table)} SET ${Prisma.raw(name)} = ${target} WHERE ${Prisma.raw(name)} = ${source}`;
  if (kind === "units") {
    return [
      column("editions", "directing_unit_id"),
      column("editions", "lead_unit_id"),
      ...linkTable("edition_coordinating_units", "edition_id", "unit_id"),
      column("sessions", "lead_unit_id"),
      ...linkTable("session_coordinating_units", "session_id", "unit_id"),
      Prisma.sql`DELETE FROM session_coordinating_units c USING sessions s WHERE c.session_id = s.id AND c.unit_id = s.lead_unit_id`,
      column("invitation_registers", "issuer_unit_id"),
      column("booths", "exhibitor_unit_id"),
      Prisma.sql`DELETE FROM units WHERE id = ${source}`,
    ];
  }
  if (kind === "venues") {
    return [
      ...linkTable("edition_venues", "edition_id", "venue_id"),
      column("sessions", "venue_id"),
      column("booths", "venue_id"),
      Prisma.sql`DELETE FROM venues WHERE id = ${source}`,
    ];
  }
  return [...linkTable("session_speakers", "session_id", "speaker_id"), Prisma.sql`DELETE FROM speakers WHERE id = ${source}`];
}

/**
 * Merges a duplicate into the record kept: every reference moves over, then the duplicate is deleted,
 * all in one transaction with one audit record naming both.
 */
export async function mergeCatalogueRecords(database: Database, kind: CatalogueKind, sourceId: string, targetId: string, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    const [source, target] = await Promise.all([findCatalogueRecord(tx, kind, sourceId), findCatalogueRecord(tx, kind, targetId)]);
    if (!source || !target) throw new DomainError("NOT_FOUND", `${kind} to merge not found`);
    let moved = 0;
    for (const statement of repointStatements(kind, sourceId, targetId)) moved += await tx.$executeRaw(statement);
    const { type, action } = ENTITY[kind];
    await recordAudit(tx, {
      userId: actor.userId,
      action: `${action}.merge`,
      entityType: type,
      entityId: sourceId,
      before: { merged: source, kept: target },
      after: { mergedInto: targetId, rowsChanged: moved },
      ip: actor.ip,
    });
  });
}
