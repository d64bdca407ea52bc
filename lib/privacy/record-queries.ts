import "server-only";
import { recordExport } from "@/lib/audit/exports-store";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { DownloadFile } from "@/lib/http/download";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { renderReportPdf } from "@/lib/report/pdf";
import { currentTime } from "@/lib/time/clock";
import { readProcessingRecord } from "./processing-record-queries";
import { recordDocument } from "./record-document";
import { retentionDueAt } from "./rules";
import { parseRecordPeriod } from "./schema";

// The record of processing for administrators (privacy:manage): the page's figures and the PDF,
// whose download is audited like every other export of personal data.

type Query = Record<string, string | undefined>;

async function currentEditionRetention() {
  const edition = await db.edition.findFirst({ where: { isCurrent: true }, select: { year: true, endsOn: true } });
  return edition ? { year: edition.year, dueAt: retentionDueAt(edition.endsOn) } : null;
}

/** The record for the period asked for; `period: null` when the period is invalid (the page says so). */
export async function getProcessingRecord(locale: Locale, query: Query) {
  await requirePermission("privacy:manage", { locale, returnTo: localizedPath(locale, "/admin/privacy") });
  const now = currentTime();
  const parsed = parseRecordPeriod(query, now);
  const period = parsed.ok ? parsed : (parseRecordPeriod({}, now) as Extract<typeof parsed, { ok: true }>);
  const [record, current] = await Promise.all([readProcessingRecord(db, period.period), currentEditionRetention()]);
  return { valid: parsed.ok, from: period.from, to: period.to, record, current };
}

/** The record as a Decree 30 PDF; null for an invalid period. Audited with the period it covers. */
export async function downloadProcessingRecord(locale: Locale, query: Query): Promise<DownloadFile | null> {
  const user = await requirePermission("privacy:manage", { locale, returnTo: localizedPath(locale, "/admin/privacy") });
  const now = currentTime();
  const parsed = parseRecordPeriod(query, now);
  if (!parsed.ok) return null;
  const [record, current] = await Promise.all([readProcessingRecord(db, parsed.period), currentEditionRetention()]);
  const pdf = await renderReportPdf(recordDocument(record, current, now));
  await recordExport(user.id, { action: "privacy.record-export", entityType: "ProcessingRecord" }, { format: "pdf", from: parsed.from, to: parsed.to });
  return { content: pdf, type: "application/pdf", fileName: `ho-so-xu-ly-du-lieu-ca-nhan-${parsed.from}-${parsed.to}.pdf` };
}
