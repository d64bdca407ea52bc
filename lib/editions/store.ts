import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit, type Actor } from "@/lib/audit/store";
import { DomainError, isForeignKeyViolation, isUniqueViolation } from "@/lib/errors";
import {
  canBecomeCurrent,
  canDeleteEdition,
  daysBetween,
  nextEditionStatus,
  renameForYear,
  shiftByDays,
  type EditionContents,
  type EditionDeletion,
  type EditionStatusChange,
} from "./rules";
import { isOutsideEdition, SESSION_CONTENT_SELECT } from "@/lib/agenda/rules";
import { CONTACT_KINDS, type CopyEditionInput, type EditEditionInput, type EditionContactsInput, type NewEditionInput } from "./schema";

// The organisers' writes of editions, on any database. Every write runs in one transaction with its
// audit record; the caller has checked the permission and validated the input.

type Tx = Prisma.TransactionClient;

/** What an edition says of itself: names, theme, dates, status and the booth application terms. */
export const editionFieldsSelect = {
  year: true,
  slug: true,
  name: true,
  nameEn: true,
  theme: true,
  themeEn: true,
  startsOn: true,
  endsOn: true,
  status: true,
  exhibitionApplyBy: true,
  boothTerms: true,
  boothTermsEn: true,
} satisfies Prisma.EditionSelect;

const snapshotSelect = { id: true, ...editionFieldsSelect, isCurrent: true } satisfies Prisma.EditionSelect;

/** Every edition for the admin list, newest first, with its number of sessions. */
export function listEditions(database: Database) {
  return database.edition.findMany({
    orderBy: { year: "desc" },
    select: { ...snapshotSelect, _count: { select: { sessions: true } } },
  });
}

/** One edition's editable fields, or null. */
export function findEditionByYear(database: Database, year: number) {
  return database.edition.findUnique({ where: { year }, select: snapshotSelect });
}

function conflictOnYear(error: unknown): never {
  if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "year taken", { field: "year" });
  throw error;
}

/** A new, empty draft edition. */
export async function createEdition(database: Database, input: NewEditionInput, actor: Actor): Promise<{ id: string }> {
  try {
    return await database.$transaction(async (tx) => {
      const edition = await tx.edition.create({ data: { ...input, slug: String(input.year) }, select: snapshotSelect });
      await recordAudit(tx, { userId: actor.userId, action: "edition.create", entityType: "Edition", entityId: edition.id, after: edition, ip: actor.ip });
      return { id: edition.id };
    });
  } catch (error) {
    conflictOnYear(error);
  }
}

async function copySessions(tx: Tx, sourceId: string, targetId: string, days: number): Promise<number> {
  const sessions = await tx.session.findMany({
    where: { editionId: sourceId, status: { not: "CANCELLED" } },
    select: {
      ...SESSION_CONTENT_SELECT,
      venueId: true,
      leadUnitId: true,
      capacity: true,
      invitedCapacity: true,
      coordinatingUnits: { select: { unitId: true, position: true } },
    },
  });
  for (const { coordinatingUnits, startsAt, endsAt, ...session } of sessions) {
    await tx.session.create({
      data: {
        ...session,
        editionId: targetId,
        status: "DRAFT",
        // Hours of next year's programme are a guess until the organisers confirm them.
        timesProvisional: true,
        registrationOpen: false,
        startsAt: shiftByDays(startsAt, days),
        endsAt: shiftByDays(endsAt, days),
        coordinatingUnits: { create: coordinatingUnits },
      },
    });
  }
  return sessions.length;
}

/**
 * Starts a new edition from a previous one: its units and venues, and the skeleton of its programme
 * (sessions without speakers or registrations) moved by as many days as the new start date is from the
 * old one. Everything copied is a draft, so nothing shows on the public site before it is checked.
 */
export async function copyEdition(database: Database, input: CopyEditionInput, actor: Actor): Promise<{ id: string; sessions: number }> {
  try {
    return await database.$transaction(async (tx) => {
      const source = await tx.edition.findUnique({
        where: { year: input.sourceYear },
        include: { coordinatingUnits: true, venues: true, contacts: true },
      });
      if (!source) throw new DomainError("NOT_FOUND", "source edition not found", { field: "sourceYear" });
      const days = daysBetween(source.startsOn, input.startsOn);
      const rename = (text: string) => renameForYear(text, source.year, input.year);
      const edition = await tx.edition.create({
        data: {
          year: input.year,
          slug: String(input.year),
          name: rename(source.name),
          nameEn: source.nameEn && rename(source.nameEn),
          theme: source.theme,
          themeEn: source.themeEn,
          startsOn: input.startsOn,
          endsOn: shiftByDays(source.endsOn, days),
          timeZone: source.timeZone,
          expectedAttendance: source.expectedAttendance,
          directingUnitId: source.directingUnitId,
          leadUnitId: source.leadUnitId,
          coordinatingUnits: { create: source.coordinatingUnits.map(({ unitId, position }) => ({ unitId, position })) },
          venues: { create: source.venues.map(({ venueId, position }) => ({ venueId, position })) },
          // The same desks usually answer year after year; organisers correct them on the edit page.
          contacts: { create: source.contacts.map(({ kind, name, phone, email }) => ({ kind, name, phone, email })) },
        },
        select: snapshotSelect,
      });
      const sessions = await copySessions(tx, source.id, edition.id, days);
      await recordAudit(tx, {
        userId: actor.userId,
        action: "edition.copy",
        entityType: "Edition",
        entityId: edition.id,
        before: { copiedFrom: source.year, startsOn: source.startsOn, endsOn: source.endsOn },
        after: { ...edition, shiftedByDays: days, sessions },
        ip: actor.ip,
      });
      return { id: edition.id, sessions };
    });
  } catch (error) {
    conflictOnYear(error);
  }
}

async function readEdition(tx: Tx, id: string) {
  const edition = await tx.edition.findUnique({ where: { id }, select: snapshotSelect });
  if (!edition) throw new DomainError("NOT_FOUND", "edition not found");
  return edition;
}

/**
 * Renames an edition or moves its dates. Dates that would push a session (not cancelled) out of the
 * Week are refused with the titles of those sessions: they are moved first, on purpose, one by one.
 */
export async function updateEdition(database: Database, input: EditEditionInput, actor: Actor): Promise<void> {
  const { editionId, ...changes } = input;
  await database.$transaction(async (tx) => {
    // Locked so that a session saved meanwhile is checked against the dates that win.
    const locked = await tx.$queryRaw<{ time_zone: string }[]>`SELECT time_zone FROM editions WHERE id = ${editionId}::uuid FOR UPDATE`;
    const before = await readEdition(tx, editionId);
    const sessions = await tx.session.findMany({
      where: { editionId, status: { not: "CANCELLED" } },
      select: { title: true, startsAt: true, endsAt: true },
      orderBy: { startsAt: "asc" },
    });
    // Only sessions the new dates would push out: the plans have campaigns that run beyond the Week.
    const timeZone = locked[0]!.time_zone;
    const outside = sessions.filter((session) => isOutsideEdition(session, changes, timeZone) && !isOutsideEdition(session, before, timeZone));
    if (outside.length > 0) {
      throw new DomainError("INVALID_STATE", "sessionsOutside", { reason: "sessionsOutside", titles: outside.map((session) => session.title) });
    }
    const after = await tx.edition.update({ where: { id: editionId }, data: changes, select: snapshotSelect });
    await recordAudit(tx, { userId: actor.userId, action: "edition.update", entityType: "Edition", entityId: editionId, before, after, ip: actor.ip });
  });
}

/** Publishes a draft edition or archives a past one; refusals are INVALID_STATE with the rule's reason. */
export async function changeEditionStatus(database: Database, id: string, change: EditionStatusChange, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    const before = await readEdition(tx, id);
    const next = nextEditionStatus(before, change);
    if (!next.ok) throw new DomainError("INVALID_STATE", next.reason, { reason: next.reason });
    await tx.edition.update({ where: { id }, data: { status: next.status } });
    await recordAudit(tx, {
      userId: actor.userId,
      action: `edition.${change}`,
      entityType: "Edition",
      entityId: id,
      before: { status: before.status },
      after: { status: next.status },
      ip: actor.ip,
    });
  });
}

/** Makes a published edition the one the home page presents; the previous current one stops being it. */
export async function makeEditionCurrent(database: Database, id: string, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    const edition = await readEdition(tx, id);
    if (edition.isCurrent) return;
    if (!canBecomeCurrent(edition)) throw new DomainError("INVALID_STATE", "notPublished", { reason: "notPublished" });
    const previous = await tx.edition.findFirst({ where: { isCurrent: true }, select: { id: true, year: true } });
    // Cleared first: the partial unique index allows one current edition at any moment.
    await tx.edition.updateMany({ where: { isCurrent: true }, data: { isCurrent: false } });
    await tx.edition.update({ where: { id }, data: { isCurrent: true } });
    await recordAudit(tx, {
      userId: actor.userId,
      action: "edition.make-current",
      entityType: "Edition",
      entityId: id,
      before: { currentYear: previous?.year ?? null },
      after: { currentYear: edition.year },
      ip: actor.ip,
    });
  });
}

type Reader = Pick<Database, "edition">;

async function contentsOf(database: Reader, id: string): Promise<{ status: string; sessions: number; contents: EditionContents } | null> {
  const edition = await database.edition.findUnique({
    where: { id },
    select: {
      status: true,
      _count: {
        select: {
          sessions: true,
          registrations: true,
          invitationBatches: true,
          booths: true,
          exhibitorRequests: true,
          mediaAssets: true,
          pressAccreditations: true,
          newsPosts: true,
        },
      },
    },
  });
  if (!edition) return null;
  const { sessions, exhibitorRequests, ...rest } = edition._count;
  return { status: edition.status, sessions, contents: { ...rest, exhibitorApplications: exhibitorRequests } };
}

/** Whether the edition can be deleted now, and how many draft sessions would go with it; null when it does not exist. */
export async function findEditionDeletion(database: Database, id: string): Promise<(EditionDeletion & { sessions: number }) | null> {
  const found = await contentsOf(database, id);
  return found && { ...canDeleteEdition(found, found.contents), sessions: found.sessions };
}

/** Deletes a draft edition made by mistake with its draft programme; refusals are INVALID_STATE with the rule's reason. */
export async function deleteEdition(database: Database, id: string, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    // Locked: a registration, booth or invitation batch added meanwhile waits, then finds no edition.
    await tx.$queryRaw`SELECT 1 FROM editions WHERE id = ${id}::uuid FOR UPDATE`;
    const before = await readEdition(tx, id);
    const found = (await contentsOf(tx, id))!;
    const deletion = canDeleteEdition(found, found.contents);
    if (!deletion.ok) throw new DomainError("INVALID_STATE", deletion.reason, { ...deletion });
    // Backstop for what the counts do not see (a session of this draft named by another edition's batch).
    await tx.edition.delete({ where: { id } }).catch((error: unknown) => {
      if (isForeignKeyViolation(error)) throw new DomainError("INVALID_STATE", "notEmpty", { reason: "notEmpty", holds: {} });
      throw error;
    });
    await recordAudit(tx, { userId: actor.userId, action: "edition.delete", entityType: "Edition", entityId: id, before: { ...before, sessions: found.sessions }, ip: actor.ip });
  });
}

const contactSelect = { kind: true, name: true, phone: true, email: true } satisfies Prisma.EditionContactSelect;

/** Replaces an edition's published contacts with the form's; a desk left empty is no longer shown. */
export async function saveEditionContacts(database: Database, input: EditionContactsInput, actor: Actor): Promise<void> {
  const { editionId, ...desks } = input;
  await database.$transaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id: editionId }, select: { id: true } });
    if (!edition) throw new DomainError("NOT_FOUND", "edition not found");
    const before = await tx.editionContact.findMany({ where: { editionId }, select: contactSelect, orderBy: { kind: "asc" } });
    await tx.editionContact.deleteMany({ where: { editionId } });
    const rows = CONTACT_KINDS.flatMap((kind) => {
      const desk = desks[kind];
      return desk ? [{ editionId, kind, name: desk.name, phone: desk.phone, email: desk.email }] : [];
    });
    if (rows.length > 0) await tx.editionContact.createMany({ data: rows });
    const after = rows.map(({ kind, name, phone, email }) => ({ kind, name, phone, email }));
    await recordAudit(tx, { userId: actor.userId, action: "edition.contacts", entityType: "Edition", entityId: editionId, before, after, ip: actor.ip });
  });
}
