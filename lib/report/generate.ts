import "server-only";
import type { Database } from "@/lib/db-client";
import type { DownloadFile } from "@/lib/http/download";
import { buildReportDocument } from "./document";
import { renderReportDocx } from "./docx";
import { loadReportFigures } from "./figures-queries";
import { renderReportPdf } from "./pdf";
import { narrativeOrDefaultIn } from "./narrative-queries";
import type { ReportFormat } from "./schema";

const TYPES: Record<ReportFormat, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};

/**
 * The results report of an edition as a file, with the figures as they stand at `now`. No permission
 * check: the caller (the download route, a test) has made it.
 */
export async function generateReport(database: Database, editionId: string, format: ReportFormat, now: Date): Promise<DownloadFile> {
  const edition = await database.edition.findUniqueOrThrow({ where: { id: editionId }, select: { id: true, name: true, year: true, leadUnit: { select: { name: true } } } });
  const [figures, narrative] = await Promise.all([loadReportFigures(database, editionId, now), narrativeOrDefaultIn(database, edition)]);
  const document = buildReportDocument({ edition, figures, narrative, issuedAt: now });
  const content = format === "docx" ? await renderReportDocx(document) : await renderReportPdf(document);
  return { content, type: TYPES[format], fileName: `bao-cao-ket-qua-${edition.year}.${format}` };
}
