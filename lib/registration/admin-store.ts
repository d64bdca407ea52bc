import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/store";
import { listAuditEntriesIn } from "@/lib/audit/search-queries";
import type { Database } from "@/lib/db-client";
import { DomainError, toDomainError } from "@/lib/errors";
import type { AdminDetailsInput } from "./admin-schema";
import { queueConfirmation } from "./mail-queue-store";
import { delegateFieldsSelect } from "./manage-queries";
import { loadRegistrationView } from "./session-queries";
import { currentEdition } from "@/lib/editions/current-queries";

// Reads and writes of the back office on one registration. The caller has checked the permission
// (admin-queries.ts, admin-actions.ts) and validated the input; every write is audited in its own
// transaction.


/** The edition the back office works on: the current one. Null before any edition is current. */
export async function findBackOfficeEditionIn(database: Database) {
  return currentEdition(database, "admin");
}

export type BackOfficeEdition = NonNullable<Awaited<ReturnType<typeof findBackOfficeEditionIn>>>;

/** Sessions of the edition that take seats or count attendance, in programme order. */
export async function listEditionSessionOptionsIn(database: Database, editionId: string) {
  return database.session.findMany({
    where: { editionId, status: { not: "DRAFT" } },
    select: { id: true, slug: true, title: true, startsAt: true, capacity: true },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
  });
}

export type SessionOption = Awaited<ReturnType<typeof listEditionSessionOptionsIn>>[number];

/** The registration with its seats, consents, check-ins, confirmation e-mail and audit trail; null if unknown or erased. */
export async function loadRegistrationDetail(database: Database, registrationId: string) {
  const view = await loadRegistrationView(database, registrationId);
  if (!view || view.status === "ERASED") return null;
  const [mail, checkIns, audit, openSessions] = await Promise.all([
    database.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { confirmationMailedAt: true, mailRefusedAt: true } }),
    database.checkIn.findMany({
      where: { registrationId },
      select: { checkedInAt: true, session: { select: { title: true } }, staffUser: { select: { name: true } } },
      orderBy: { checkedInAt: "asc" },
    }),
    listAuditEntriesIn(database, { entity: "Registration", entityId: registrationId }),
    database.session.findMany({
      where: { edition: { year: view.edition.year }, status: "PUBLISHED", registrationOpen: true },
      select: { slug: true, title: true, startsAt: true, capacity: true, seatsTaken: true },
      orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    }),
  ]);
  return { ...view, ...mail, checkIns, auditEntries: audit.entries, openSessions };
}

export type RegistrationDetail = NonNullable<Awaited<ReturnType<typeof loadRegistrationDetail>>>;

/** Corrects a delegate's details; CONFLICT when the e-mail belongs to another registration of the edition. */
export async function updateRegistrationDetails(
  database: Database,
  registrationId: string,
  input: AdminDetailsInput,
  actor: Actor,
): Promise<{ emailChanged: boolean }> {
  try {
    return await database.$transaction(async (tx) => {
      const before = await tx.registration.findUnique({ where: { id: registrationId }, select: { status: true, ...delegateFieldsSelect } });
      if (!before || before.status === "ERASED") throw new DomainError("NOT_FOUND", "registration not found");
      // A new address of an active registration has never had the confirmation, and its mail server has refused nothing yet.
      const emailChanged = before.status === "ACTIVE" && input.email !== before.email;
      const mail = emailChanged ? { confirmationMailedAt: null, mailRefusedAt: null } : {};
      const after = await tx.registration.update({ where: { id: registrationId }, data: { ...input, ...mail }, select: delegateFieldsSelect });
      await recordAudit(tx, {
        userId: actor.userId,
        action: "registration.update",
        entityType: "Registration",
        entityId: registrationId,
        before: { ...before, status: undefined },
        after,
        ip: actor.ip,
      });
      // Queued after the update, so it goes to the corrected address, with a new manage link.
      if (emailChanged) await queueConfirmation(tx, registrationId, null);
      return { emailChanged };
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw toDomainError(error, "e-mail already registered for this edition");
  }
}
