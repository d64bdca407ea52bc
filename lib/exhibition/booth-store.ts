import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deleteStoredFileIfUnused } from "@/lib/uploads/store";
import type { FileStorage } from "@/lib/uploads/storage";
import type { BoothInput, PlacementInput } from "./admin-schema";
import { hallPlanFor } from "./floor-plan";
import { placementProblems, type PlacementProblem } from "./rules";
import { currentEdition } from "@/lib/editions/current-queries";

// Organisers' writes on booths. Each change and its audit record are committed together; a booth is
// placed only on free floor inside the hall, checked under a lock so two organisers cannot take the
// same spot at once.

type Tx = Prisma.TransactionClient;

type SaveBoothResult =
  | { ok: true; id: string; code: string }
  | { ok: false; reason: "no-edition" | "code-taken" | "not-found" }
  | { ok: false; reason: "placement"; problems: PlacementProblem[] };

/** The hall of the edition's exhibition: the venue of its exhibition session, else of its booths. */
async function exhibitionHall(tx: Tx, editionId: string): Promise<{ id: string; slug: string } | null> {
  const session = await tx.session.findFirst({
    where: { editionId, type: "EXHIBITION", venueId: { not: null } },
    orderBy: { startsAt: "asc" },
    select: { venue: { select: { id: true, slug: true } } },
  });
  if (session?.venue) return session.venue;
  const booth = await tx.booth.findFirst({
    where: { editionId, venueId: { not: null } },
    select: { venue: { select: { id: true, slug: true } } },
  });
  return booth?.venue ?? null;
}

/** Checks the spot against the hall and the edition's other booths; null when it is free. */
export async function checkPlacement(tx: Tx, editionId: string, placement: PlacementInput, boothId: string | null) {
  // One exhibition's placements are decided one at a time.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('booth-placement'), hashtext(${editionId}))`;
  const hall = await exhibitionHall(tx, editionId);
  const others = await tx.booth.findMany({
    where: { editionId, ...(boothId ? { id: { not: boothId } } : {}) },
    select: { code: true, x: true, y: true, width: true, height: true },
  });
  const plan = hallPlanFor(hall?.slug, [...others, placement]);
  const problems = placementProblems(placement, plan, others);
  return { hall, problems };
}


/**
 * The row to write. A consent to publish keeps the date it was first recorded; unticking it makes the
 * contacts private again.
 */
function boothData(input: BoothInput, before: { contactsPublishedAt: Date | null } | null) {
  const { publish, contactsConsent, ...fields } = input;
  return {
    ...fields,
    contactsPublishedAt: contactsConsent ? (before?.contactsPublishedAt ?? new Date()) : null,
    status: publish ? ("PUBLISHED" as const) : ("DRAFT" as const),
  };
}

/** Creates a booth of the current edition (`id` null) or updates one. */
export async function saveBooth(
  database: Database,
  id: string | null,
  input: BoothInput,
  actor: Actor,
): Promise<SaveBoothResult> {
  try {
    return await database.$transaction(async (tx): Promise<SaveBoothResult> => {
      const before = id ? await tx.booth.findUnique({ where: { id } }) : null;
      if (id && !before) return { ok: false, reason: "not-found" };
      const editionId = before?.editionId ?? (await currentEdition(tx, "admin"))?.id;
      if (!editionId) return { ok: false, reason: "no-edition" };
      const { hall, problems } = await checkPlacement(tx, editionId, input, id);
      if (problems.length > 0) return { ok: false, reason: "placement", problems };
      const data = boothData(input, before);
      const after = before
        ? await tx.booth.update({ where: { id: before.id }, data })
        : await tx.booth.create({ data: { ...data, editionId, venueId: hall?.id ?? null } });
      await recordAudit(tx, {
        userId: actor.userId,
        ip: actor.ip,
        action: before ? "booth.update" : "booth.create",
        entityType: "Booth",
        entityId: after.id,
        before,
        after,
      });
      return { ok: true, id: after.id, code: after.code };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "code-taken" };
    throw error;
  }
}

type DeleteBoothResult = { ok: true; code: string } | { ok: false; reason: "not-found" | "published" | "has-application" };

/**
 * Deletes a draft booth that no exhibitor application was accepted into, with its pictures. A published
 * booth is taken off the public site first (visitors may have its link); an accepted applicant's booth
 * stays, as the applicant was told its code.
 */
export async function deleteBooth(
  database: Database,
  storage: FileStorage,
  id: string,
  actor: Actor,
): Promise<DeleteBoothResult> {
  const result = await database.$transaction(async (tx) => {
    const before = await tx.booth.findUnique({
      where: { id },
      include: { application: { select: { id: true } }, images: { orderBy: { position: "asc" } } },
    });
    if (!before) return { ok: false as const, reason: "not-found" as const };
    if (before.status === "PUBLISHED") return { ok: false as const, reason: "published" as const };
    if (before.application) return { ok: false as const, reason: "has-application" as const };
    await tx.booth.delete({ where: { id } });
    await recordAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "booth.delete",
      entityType: "Booth",
      entityId: id,
      before,
    });
    return { ok: true as const, code: before.code, fileIds: before.images.map((image) => image.fileId) };
  });
  if (!result.ok) return result;
  for (const fileId of result.fileIds) await deleteStoredFileIfUnused(database, storage, fileId);
  return { ok: true, code: result.code };
}
