import "server-only";
import { recordExport } from "@/lib/audit/exports-store";
import { requirePermission } from "@/lib/auth/guard";
import { tableFile, type ExportFormat } from "@/lib/exports/file";
import type { DownloadFile } from "@/lib/http/download";
import { byFullName } from "@/lib/i18n/collate";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { buildAccreditationTable } from "./export-table";
import { listAccreditationsForAdmin } from "./queries";

/**
 * The press desk's list: every journalist's request for the current edition, by name, with status,
 * pass code and check-ins. Personal data, so only the roles that review the requests get it, and
 * each export is audited. Null when there is no current edition.
 */
export async function exportAccreditations(locale: Locale, format: ExportFormat): Promise<DownloadFile | null> {
  const user = await requirePermission("press:review", { locale, returnTo: localizedPath(locale, "/admin/press") });
  const listing = await listAccreditationsForAdmin();
  if (!listing) return null;
  const rows = listing.accreditations.toSorted(byFullName);
  const labels = getTranslator(locale, "pressExport");
  const statuses = getMessages(locale).adminPress.statuses;
  const table = buildAccreditationTable(rows, labels, (status) => statuses[status as keyof typeof statuses]);
  await recordExport(user.id, { action: "press.export", entityType: "PressAccreditation" }, { format, rows: rows.length });
  return tableFile(table, format, { baseName: `phong-vien-${listing.edition.year}`, sheetName: labels("sheetName") });
}
