import "server-only";
import { recordExport } from "@/lib/audit/exports-store";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { tableFile, type ExportFormat } from "@/lib/exports/file";
import type { ExportTable } from "@/lib/exports/table";
import type { DownloadFile } from "@/lib/http/download";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { findReportEditionIn } from "@/lib/report/narrative-queries";
import { formatDate } from "@/lib/time/format";
import { loadEditionFeedbackIn, type SessionFeedbackView } from "./survey-queries";

/** One row per session: the figures the feedback screen shows, and every comment. */
function feedbackTable(sessions: SessionFeedbackView[], locale: Locale): ExportTable {
  const t = getTranslator(locale, "adminFeedback");
  return {
    headers: [t("session"), t("date"), t("count"), t("average"), ...[1, 2, 3, 4, 5].map((stars) => t("stars", { stars })), t("comments")],
    rows: sessions.map((session) => [
      session.title,
      formatDate(session.startsAt),
      String(session.count),
      session.average === null ? "" : session.average.toFixed(1),
      ...session.distribution.map(String),
      session.comments.map((entry) => (entry.signedName ? `${entry.comment} (${entry.signedName})` : entry.comment)).join(" | "),
    ]),
  };
}

export async function exportFeedback(locale: Locale, format: ExportFormat): Promise<DownloadFile | null> {
  const user = await requirePermission("reports:edit", { locale, returnTo: localizedPath(locale, "/admin/feedback") });
  const edition = await findReportEditionIn(db);
  if (!edition) return null;
  const sessions = await loadEditionFeedbackIn(db, edition.id);
  await recordExport(user.id, { action: "feedback.export", entityType: "SessionFeedback" }, { format, sessions: sessions.length });
  return tableFile(feedbackTable(sessions, locale), format, { baseName: `y-kien-dai-bieu-${edition.year}`, sheetName: getTranslator(locale, "adminFeedback")("sheetName") });
}
