import "server-only";
import { recordAudit } from "@/lib/audit/store";
import { requestIp } from "@/lib/auth/request";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/guard";
import type { Capability } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { RegistrationFilters } from "./admin-filters";
import { searchRegistrationsIn } from "./admin-search-queries";
import { findBackOfficeEditionIn, listEditionSessionOptionsIn, loadRegistrationDetail } from "./admin-store";
import { loadRegistrationStatistics } from "./statistics-queries";

export type { BackOfficeEdition, SessionOption } from "./admin-store";

// What the back-office pages read. Each function checks the permission itself: personal data goes
// only to the roles that need it.

/** The edition and its sessions, for a back-office page that needs `capability`. Cached per request. */
export const getBackOfficeContext = cache(async (capability: Capability) => {
  await requirePermission(capability);
  const edition = await findBackOfficeEditionIn(db);
  if (!edition) return null;
  return { edition, sessions: await listEditionSessionOptionsIn(db, edition.id) };
});

export async function listRegistrations(editionId: string, filters: RegistrationFilters) {
  await requirePermission("registrations:read");
  return searchRegistrationsIn(db, editionId, filters);
}

/** A delegate's details for staff; each opening is audited (the record of processing lists who looked). */
export async function getRegistrationDetail(registrationId: string) {
  const user = await requirePermission("registrations:read");
  const detail = await loadRegistrationDetail(db, registrationId);
  if (detail) await recordAudit(db, { userId: user.id, ip: await requestIp(), action: "registration.view", entityType: "Registration", entityId: registrationId });
  return detail;
}

export async function getRegistrationStatistics(editionId: string) {
  await requirePermission("registrations:read");
  return loadRegistrationStatistics(db, editionId);
}
