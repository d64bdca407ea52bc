import "server-only";
import { recordExport } from "@/lib/audit/exports-store";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { DownloadFile } from "@/lib/http/download";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { currentTime } from "@/lib/time/clock";
import { generateReport } from "./generate";
import { findReportEditionIn } from "./narrative-queries";
import { isReportFormat } from "./schema";

/** The current edition's results report for the signed-in organiser; null for an unknown format or without a current edition. Audited. */
export async function downloadReport(locale: Locale, format: string): Promise<DownloadFile | null> {
  const user = await requirePermission("reports:edit", { locale, returnTo: localizedPath(locale, "/admin/report") });
  if (!isReportFormat(format)) return null;
  const edition = await findReportEditionIn(db);
  if (!edition) return null;
  const file = await generateReport(db, edition.id, format, currentTime());
  await recordExport(user.id, { action: "report.export", entityType: "EditionReport", entityId: edition.id }, { format });
  return file;
}
