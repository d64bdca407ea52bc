import "server-only";
import { recordExport } from "@/lib/audit/exports-store";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { tableFile, type ExportFormat } from "@/lib/exports/file";
import type { DownloadFile } from "@/lib/http/download";
import { byFullName } from "@/lib/i18n/collate";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import type { RegistrationFilters } from "./admin-filters";
import { loadAllRegistrationRows } from "./admin-search-queries";
import { findBackOfficeEditionIn } from "./admin-store";
import { buildExportTable } from "./export-table";
import { renderSignInSheet } from "./sign-in-sheet";
import { renderBadges } from "./badges";
import { renderQrPng } from "@/lib/tickets/qr";
import { registrationTicketToken } from "@/lib/tickets/registration-ticket";
import { currentEditionFor } from "@/lib/editions/rules";

// The exports of the filtered registration list. Only roles with `registrations:export` get them, and
// each one is audited (who, when, which filters, how many delegates): personal data leaving the portal
// is accounted for. Erased registrations are never listed, so a delegate who withdrew the consent to
// their registration is in no export.

const EXPORT_LIMIT = 100_000;
const EXPORTED = { action: "registration.export", entityType: "Registration" };

export async function exportRegistrations(locale: Locale, filters: RegistrationFilters, format: ExportFormat): Promise<DownloadFile | null> {
  const user = await requirePermission("registrations:export", { locale, returnTo: localizedPath(locale, "/admin/registrations") });
  const edition = await findBackOfficeEditionIn(db);
  if (!edition) return null;
  const rows = await loadAllRegistrationRows(db, edition.id, { ...filters, page: undefined }, EXPORT_LIMIT);
  const labels = getTranslator(locale, "adminExport");
  const table = buildExportTable(rows, labels, getTranslator(locale, "delegateGroup") as (group: string) => string, (status) =>
    getTranslator(locale, "adminRegistrations")(`status${status}` as "statusACTIVE"),
  );
  await recordExport(user.id, EXPORTED, { format, filters: { ...filters, page: undefined }, rows: rows.length });
  return tableFile(table, format, { baseName: `dang-ky-${edition.year}`, sheetName: labels("sheetName") });
}

/** The sign-in sheet of a session of the current edition: its confirmed delegates by name. Null for another session. */
export async function exportSignInSheet(locale: Locale, sessionId: string): Promise<DownloadFile | null> {
  const user = await requirePermission("registrations:export", { locale, returnTo: localizedPath(locale, "/admin/registrations") });
  const session = await db.session.findFirst({
    where: { id: sessionId, edition: currentEditionFor("admin") },
    select: { slug: true, title: true, startsAt: true, venue: { select: { name: true } }, edition: { select: { name: true } } },
  });
  if (!session) return null;
  const seats = await db.seat.findMany({
    where: { sessionId, status: "CONFIRMED", registration: { status: "ACTIVE" } },
    select: { registration: { select: { fullName: true, organization: true, position: true } } },
  });
  const delegates = seats
    .map(({ registration }) => ({
      fullName: registration.fullName ?? "",
      organization: registration.organization ?? "",
      position: registration.position ?? "",
    }))
    .sort(byFullName);
  await recordExport(user.id, EXPORTED, { format: "sign-in-sheet", session: session.slug, rows: delegates.length });
  const body = await renderSignInSheet({
    edition: session.edition.name,
    session: { title: session.title, startsAt: session.startsAt, venue: session.venue?.name ?? null },
    delegates,
    labels: getTranslator(locale, "adminExport"),
  });
  return { content: body, type: "application/pdf", fileName: `ky-ten-${session.slug}.pdf` };
}

export const BADGE_LIMIT = 300;

/** A6 badges of the delegates of the filtered list (the first BADGE_LIMIT), each with its ticket's QR code. */
export async function exportBadges(locale: Locale, filters: RegistrationFilters): Promise<DownloadFile | null> {
  const user = await requirePermission("registrations:export", { locale, returnTo: localizedPath(locale, "/admin/registrations") });
  const edition = await findBackOfficeEditionIn(db);
  if (!edition) return null;
  const rows = await loadAllRegistrationRows(db, edition.id, { ...filters, status: "ACTIVE", page: undefined }, BADGE_LIMIT);
  const badges = await Promise.all(
    rows.map(async (row) => ({
      fullName: row.fullName ?? "",
      position: row.position ?? "",
      organization: row.organization ?? "",
      group: row.group,
      qrPng: await renderQrPng(registrationTicketToken({ code: row.code, edition })),
    })),
  );
  await recordExport(user.id, { ...EXPORTED, action: "registration.badges" }, { format: "badges", filters: { ...filters, page: undefined }, rows: rows.length });
  const body = await renderBadges(badges, edition.name, getTranslator(locale, "delegateGroup") as (group: string) => string);
  return { content: body, type: "application/pdf", fileName: `the-dai-bieu-${edition.year}.pdf` };
}
