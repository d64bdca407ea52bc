import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db-client";
import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/config";
import type { ReportNarrative } from "./schema";
import { findNarrativeIn } from "./store";

// What the results report screen reads: the current edition and the narrative saved for it, or the
// header a first report starts from (the edition's lead unit as the issuing body).

const DEFAULT_PARENT = "Ủy ban nhân dân tỉnh Quảng Ngãi";
const DEFAULT_RECIPIENTS = "Bộ Khoa học và Công nghệ\nỦy ban nhân dân tỉnh\nLưu: VT";

export async function findReportEditionIn(database: Database) {
  return database.edition.findFirst({ where: { isCurrent: true }, select: { id: true, year: true, name: true, leadUnit: { select: { name: true } } } });
}

export async function narrativeOrDefaultIn(database: Database, edition: { id: string; leadUnit: { name: string } | null }): Promise<ReportNarrative> {
  const saved = await findNarrativeIn(database, edition.id);
  if (saved) return saved;
  return {
    number: "",
    issuerParent: DEFAULT_PARENT,
    issuerName: edition.leadUnit?.name ?? "",
    signerTitle: "",
    signerName: "",
    recipients: DEFAULT_RECIPIENTS,
    assessment: "",
    lessons: "",
    proposals: "",
  };
}

export async function getReportEditor(locale: Locale) {
  await requirePermission("reports:edit", { locale, returnTo: localizedPath(locale, "/admin/report") });
  const edition = await findReportEditionIn(db);
  if (!edition) return null;
  return { edition, narrative: await narrativeOrDefaultIn(db, edition) };
}
