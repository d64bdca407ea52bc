import { pathToFileURL } from "node:url";
import { createPrismaClient, type Database } from "../lib/db-client";
import { Prisma, type SessionStatus } from "../lib/generated/prisma/client";
import { findOverlappingBooths } from "../lib/exhibition/rules";
import { EVENT_TIME_ZONE, localDateTimeToUtc } from "../lib/time/zone";
import { exhibition2025 } from "./seed-data/booths-2025";
import { edition2023 } from "./seed-data/edition-2023";
import { edition2025 } from "./seed-data/edition-2025";
import type { EditionSeed, ExhibitionSeed, SessionSeed } from "./seed-data/types";
import { units } from "./seed-data/units";
import { venues } from "./seed-data/venues";

// The seed writes what the documents say. It is safe to run again: rows are matched by their natural
// keys (unit name, venue slug, edition year, session slug in its edition), written only when they differ,
// and rows the documents do not mention (e.g. sessions added by organisers) are left alone.

const editions: EditionSeed[] = [edition2023, edition2025];
const exhibitions: ExhibitionSeed[] = [exhibition2025];
/** When the seeded exhibitors' contacts count as given for publication (a fixed instant: reseeding changes nothing). */
const SEED_CONSENT_AT = new Date("2025-08-01T00:00:00Z");

// Văn phòng UBND tỉnh issues the invitations in the name of UBND tỉnh (seed 000, mục V.2).
const invitationRegisters = [{ symbol: "GM-UBND", issuerUnit: "Ủy ban nhân dân tỉnh Quảng Ngãi", parentBody: null }];

type Tx = Prisma.TransactionClient;
type Log = (line: string) => void;
type Tally = { created: number; updated: number };
type Lookup = (key: string, usage: string) => string;

export async function seedDatabase(db: Database, log: Log = () => {}): Promise<void> {
  // One transaction: a mistake in the data (an unknown unit, a session ending before it starts)
  // leaves the database as it was rather than half seeded.
  await db.$transaction(
    async (tx) => {
      const unitId = await seedUnits(tx, log);
      const venueId = await seedVenues(tx, log);
      const tally = { editions: newTally(), sessions: newTally() };
      for (const edition of editions) await seedEdition(tx, edition, { unitId, venueId }, tally);
      log(`editions: ${describe(tally.editions)}`);
      log(`sessions: ${describe(tally.sessions)}`);
      const booths = newTally();
      for (const exhibition of exhibitions) await seedExhibition(tx, exhibition, { unitId, venueId }, booths);
      log(`booths: ${describe(booths)}`);
      await seedInvitationRegisters(tx, unitId, log);
    },
    { maxWait: 10_000, timeout: 30_000 },
  );
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  return (await db.edition.findFirst({ select: { id: true } })) === null;
}

async function seedUnits(tx: Tx, log: Log): Promise<Lookup> {
  const existing = new Map((await tx.unit.findMany()).map((unit) => [unit.name, unit]));
  const tally = newTally();
  const missing = [];
  for (const seed of units) {
    const data = { nameEn: seed.nameEn ?? null, shortName: seed.shortName ?? null, kind: seed.kind };
    const found = existing.get(seed.name);
    if (!found) missing.push({ name: seed.name, ...data });
    else if (differs(found, data)) {
      await tx.unit.update({ where: { id: found.id }, data });
      tally.updated++;
    }
  }
  tally.created = (await tx.unit.createMany({ data: missing })).count;
  log(`units: ${describe(tally)}`);
  const all = await tx.unit.findMany({ select: { id: true, name: true } });
  return lookupIn(new Map(all.map((unit) => [unit.name, unit.id])), "unit", "prisma/seed-data/units.ts");
}

async function seedVenues(tx: Tx, log: Log): Promise<Lookup> {
  const existing = new Map((await tx.venue.findMany()).map((venue) => [venue.slug, venue]));
  const tally = newTally();
  const missing = [];
  for (const seed of venues) {
    const data = {
      name: seed.name,
      nameEn: seed.nameEn ?? null,
      address: seed.address,
      commune: seed.commune ?? null,
      latitude: seed.latitude ?? null,
      longitude: seed.longitude ?? null,
      capacity: seed.capacity ?? null,
      notes: seed.notes ?? null,
    };
    const found = existing.get(seed.slug);
    if (!found) missing.push({ slug: seed.slug, ...data });
    else if (differs(found, data)) {
      await tx.venue.update({ where: { id: found.id }, data });
      tally.updated++;
    }
  }
  tally.created = (await tx.venue.createMany({ data: missing })).count;
  log(`venues: ${describe(tally)}`);
  const all = await tx.venue.findMany({ select: { id: true, slug: true } });
  return lookupIn(new Map(all.map((venue) => [venue.slug, venue.id])), "venue", "prisma/seed-data/venues.ts");
}

async function seedEdition(
  tx: Tx,
  seed: EditionSeed,
  refs: { unitId: Lookup; venueId: Lookup },
  tally: { editions: Tally; sessions: Tally },
) {
  const label = `edition ${seed.year}`;
  const data = {
    slug: seed.slug,
    name: seed.name,
    nameEn: seed.nameEn,
    theme: seed.theme,
    themeEn: seed.themeEn ?? null,
    startsOn: parseDay(seed.startsOn),
    endsOn: parseDay(seed.endsOn),
    timeZone: EVENT_TIME_ZONE,
    status: seed.status,
    isCurrent: seed.isCurrent,
    expectedAttendance: seed.expectedAttendance ?? null,
    sourceDocument: seed.sourceDocument,
    directingUnitId: refs.unitId(seed.directingUnit, `directing unit of ${label}`),
    leadUnitId: refs.unitId(seed.leadUnit, `lead unit of ${label}`),
  };
  // Only one edition may be current (a partial unique index): hand the flag over rather than collide.
  if (seed.isCurrent) {
    await tx.edition.updateMany({ where: { isCurrent: true, year: { not: seed.year } }, data: { isCurrent: false } });
  }
  const found = await tx.edition.findUnique({ where: { year: seed.year } });
  let editionId: string;
  if (!found) {
    editionId = (await tx.edition.create({ data: { year: seed.year, ...data }, select: { id: true } })).id;
    tally.editions.created++;
  } else {
    editionId = found.id;
    if (differs(found, data)) {
      await tx.edition.update({ where: { id: editionId }, data });
      tally.editions.updated++;
    }
  }

  const coordinatingIds = seed.coordinatingUnits.map((name) => refs.unitId(name, `coordinating unit of ${label}`));
  const currentUnits = await tx.editionCoordinatingUnit.findMany({ where: { editionId }, orderBy: { position: "asc" } });
  if (!isSameList(currentUnits.map((row) => [row.unitId, row.position]), coordinatingIds)) {
    await tx.editionCoordinatingUnit.deleteMany({ where: { editionId } });
    await tx.editionCoordinatingUnit.createMany({
      data: coordinatingIds.map((unitId, position) => ({ editionId, unitId, position })),
    });
  }

  const venueIds = seed.venues.map((slug) => refs.venueId(slug, `venue of ${label}`));
  const currentVenues = await tx.editionVenue.findMany({ where: { editionId }, orderBy: { position: "asc" } });
  if (!isSameList(currentVenues.map((row) => [row.venueId, row.position]), venueIds)) {
    await tx.editionVenue.deleteMany({ where: { editionId } });
    await tx.editionVenue.createMany({ data: venueIds.map((venueId, position) => ({ editionId, venueId, position })) });
  }

  // Sessions of an edition the public can see are public too; a draft edition keeps draft sessions.
  const status: SessionStatus = seed.status === "DRAFT" ? "DRAFT" : "PUBLISHED";
  for (const session of seed.sessions) {
    await seedSession(tx, editionId, session, status, { ...refs, label }, tally.sessions);
  }
}

async function seedSession(
  tx: Tx,
  editionId: string,
  seed: SessionSeed,
  status: SessionStatus,
  refs: { unitId: Lookup; venueId: Lookup; label: string },
  tally: Tally,
) {
  const label = `session "${seed.slug}" of ${refs.label}`;
  const data = {
    type: seed.type,
    status,
    title: seed.title,
    titleEn: seed.titleEn ?? null,
    content: seed.content,
    contentEn: seed.contentEn ?? null,
    participants: seed.participants,
    participantsEn: seed.participantsEn ?? null,
    startsAt: localDateTimeToUtc(seed.startDate, seed.startTime, EVENT_TIME_ZONE),
    endsAt: localDateTimeToUtc(seed.endDate ?? seed.startDate, seed.endTime, EVENT_TIME_ZONE),
    timesProvisional: seed.timesProvisional,
    venueId: seed.venue ? refs.venueId(seed.venue, `venue of ${label}`) : null,
    leadUnitId: refs.unitId(seed.leadUnit, `lead unit of ${label}`),
    capacity: seed.capacity ?? null,
    invitedCapacity: seed.invitedCapacity ?? 0,
    registrationOpen: seed.registrationOpen,
  };
  const found = await tx.session.findUnique({ where: { editionId_slug: { editionId, slug: seed.slug } } });
  let sessionId: string;
  if (!found) {
    sessionId = (await tx.session.create({ data: { editionId, slug: seed.slug, ...data }, select: { id: true } })).id;
    tally.created++;
  } else {
    sessionId = found.id;
    if (differs(found, data)) {
      // Calendar clients that imported the session only take the change if its SEQUENCE grows.
      await tx.session.update({ where: { id: sessionId }, data: { ...data, sequence: { increment: 1 } } });
      tally.updated++;
    }
  }

  const coordinatingIds = seed.coordinatingUnits.map((name) => refs.unitId(name, `coordinating unit of ${label}`));
  const current = await tx.sessionCoordinatingUnit.findMany({ where: { sessionId }, orderBy: { position: "asc" } });
  if (!isSameList(current.map((row) => [row.unitId, row.position]), coordinatingIds)) {
    await tx.sessionCoordinatingUnit.deleteMany({ where: { sessionId } });
    await tx.sessionCoordinatingUnit.createMany({
      data: coordinatingIds.map((unitId, position) => ({ sessionId, unitId, position })),
    });
  }
}

async function seedExhibition(tx: Tx, seed: ExhibitionSeed, refs: { unitId: Lookup; venueId: Lookup }, tally: Tally) {
  const label = `exhibition ${seed.year}`;
  const overlaps = findOverlappingBooths(seed.booths);
  if (overlaps.length > 0) {
    throw new Error(`Booths of ${label} overlap on the floor map: ${overlaps.map((pair) => pair.join("/")).join(", ")}.`);
  }
  const { id: editionId } = await tx.edition.findUniqueOrThrow({ where: { year: seed.year }, select: { id: true } });
  const venueId = refs.venueId(seed.venue, `hall of ${label}`);
  for (const booth of seed.booths) {
    const data = {
      venueId,
      category: booth.category,
      status: "PUBLISHED" as const,
      exhibitorName: booth.exhibitorName,
      exhibitorUnitId: booth.exhibitorUnit ? refs.unitId(booth.exhibitorUnit, `exhibitor of booth ${booth.code} of ${label}`) : null,
      contactName: booth.contactName ?? null,
      contactEmail: booth.contactEmail ?? null,
      // The seeded addresses are the exhibitors' functional mailboxes, given for the booth pages.
      contactsPublishedAt: booth.contactEmail ? SEED_CONSENT_AT : null,
      products: booth.products,
      description: booth.description,
      descriptionEn: booth.descriptionEn ?? null,
      x: booth.x,
      y: booth.y,
      width: booth.width,
      height: booth.height,
    };
    const found = await tx.booth.findUnique({ where: { editionId_code: { editionId, code: booth.code } } });
    if (!found) {
      await tx.booth.create({ data: { editionId, code: booth.code, ...data } });
      tally.created++;
    } else if (differs(found, data)) {
      await tx.booth.update({ where: { id: found.id }, data });
      tally.updated++;
    }
  }
}

async function seedInvitationRegisters(tx: Tx, unitId: Lookup, log: Log) {
  const tally = newTally();
  for (const seed of invitationRegisters) {
    const data = {
      issuerUnitId: unitId(seed.issuerUnit, `issuer of invitation register ${seed.symbol}`),
      parentBody: seed.parentBody,
    };
    const found = await tx.invitationRegister.findUnique({ where: { symbol: seed.symbol } });
    if (!found) {
      await tx.invitationRegister.create({ data: { symbol: seed.symbol, ...data } });
      tally.created++;
    } else if (differs(found, data)) {
      await tx.invitationRegister.update({ where: { id: found.id }, data });
      tally.updated++;
    }
  }
  log(`invitation registers: ${describe(tally)}`);
}

function lookupIn(ids: Map<string, string>, kind: string, dataFile: string): Lookup {
  return (key, usage) => {
    const id = ids.get(key);
    if (!id) throw new Error(`Seed data names ${kind} "${key}" (${usage}), but there is no such ${kind}: add it to ${dataFile} or fix the name.`);
    return id;
  };
}

/** Whether any field of `data` differs from the stored row; Dates and Decimals compare by value. */
function differs(row: Record<string, unknown>, data: Record<string, unknown>): boolean {
  return Object.entries(data).some(([key, value]) => comparable(row[key]) !== comparable(value));
}

function comparable(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  if (Prisma.Decimal.isDecimal(value)) return value.toNumber();
  return value;
}

function isSameList(current: [id: string, position: number][], wanted: string[]): boolean {
  return current.length === wanted.length && current.every(([id, position], index) => id === wanted[index] && position === index);
}

/** A calendar day for a DATE column: midnight UTC, so no time zone can move it to a neighbouring day. */
function parseDay(day: string): Date {
  const date = new Date(`${day}T00:00:00Z`);
  // The round trip refuses both malformed strings and days that do not exist ("2025-02-30").
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) {
    throw new RangeError(`Expected a day "YYYY-MM-DD", got "${day}".`);
  }
  return date;
}

function newTally(): Tally {
  return { created: 0, updated: 0 };
}

function describe(tally: Tally): string {
  return `${tally.created} created, ${tally.updated} updated`;
}

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: point it at the PostgreSQL database to seed.");
  const db = createPrismaClient(url, { maxConnections: 2 });
  try {
    await seedDatabase(db, (line) => console.log(`seed: ${line}`));
    const [editionCount, sessionCount, unitCount, venueCount, boothCount] = await Promise.all([
      db.edition.count(),
      db.session.count(),
      db.unit.count(),
      db.venue.count(),
      db.booth.count(),
    ]);
    console.log(
      `seed: done; the database holds ${editionCount} editions, ${sessionCount} sessions, ${unitCount} units, ${venueCount} venues, ${boothCount} booths.`,
    );
  } finally {
    await db.$disconnect();
  }
}

const entryPoint = process.argv[1];
if (entryPoint && import.meta.url === pathToFileURL(entryPoint).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
