import "server-only";
import { recordAudit } from "@/lib/audit/store";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { hallPlanFor } from "./floor-plan";
import { currentEdition } from "@/lib/editions/current-queries";

// Reads of the booth and application screens; their pages check the permission before asking.

const boothFields = {
  id: true,
  code: true,
  category: true,
  status: true,
  exhibitorName: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  website: true,
  contactsPublishedAt: true,
  products: true,
  description: true,
  descriptionEn: true,
  x: true,
  y: true,
  width: true,
  height: true,
} as const;

/** Every booth of the current edition, drafts included, with the hall they stand in. */
export async function listBoothsForAdmin() {
  const edition = await currentEdition(db, "admin");
  if (!edition) return null;
  const booths = await db.booth.findMany({
    where: { editionId: edition.id },
    orderBy: { code: "asc" },
    select: { ...boothFields, venue: { select: { slug: true } } },
  });
  const venueSlug = booths.find((booth) => booth.venue)?.venue?.slug ?? null;
  return { edition, booths, plan: hallPlanFor(venueSlug, booths) };
}

export async function listApplicationsForAdmin() {
  const edition = await currentEdition(db, "admin");
  if (!edition) return null;
  const applications = await db.exhibitorApplication.findMany({
    where: { editionId: edition.id },
    orderBy: [{ createdAt: "desc" }],
    select: {
      id: true,
      organizationName: true,
      category: true,
      status: true,
      createdAt: true,
      booth: { select: { code: true } },
    },
  });
  return { edition, applications };
}

/** An application with the applicant's contact, for staff; each opening is audited (the record of processing lists who looked). */
export async function getApplicationForAdmin(id: string) {
  const user = await requirePermission("booths:edit");
  const application = await db.exhibitorApplication.findUnique({ where: { id }, include: { booth: { select: { id: true, code: true } } } });
  if (application) await recordAudit(db, { userId: user.id, ip: await requestIp(), action: "application.view", entityType: "ExhibitorApplication", entityId: id });
  return application;
}

export const OPEN_APPLICATION_STATUSES: ApplicationStatus[] = ["PENDING", "CHANGES_REQUESTED"];

/** A booth's pictures in their order, for its admin page. */
export function listBoothImagesForAdmin(boothId: string) {
  return db.boothImage.findMany({
    where: { boothId },
    orderBy: { position: "asc" },
    select: { fileId: true, alt: true, altEn: true, file: { select: { originalName: true, width: true, height: true } } },
  });
}

export type AdminBoothImage = Awaited<ReturnType<typeof listBoothImagesForAdmin>>[number];
