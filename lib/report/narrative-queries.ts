import type { Database } from "@/lib/db-client";
import type { ReportNarrative } from "./schema";
import { currentEditionFor } from "@/lib/editions/rules";

// Reads of the results report; `database` is a parameter so that the read-back test runs on its own database.

const DEFAULT_PARENT = "Ủy ban nhân dân tỉnh Quảng Ngãi";
const DEFAULT_RECIPIENTS = "Bộ Khoa học và Công nghệ\nỦy ban nhân dân tỉnh\nLưu: VT";
const FIELDS = { number: true, issuerParent: true, issuerName: true, signerTitle: true, signerName: true, recipients: true, assessment: true, lessons: true, proposals: true } as const;

/** The client or a transaction: anything that can read the report row. */
type Reader = Pick<Database, "editionReport">;

export async function findNarrativeIn(database: Reader, editionId: string): Promise<ReportNarrative | null> {
  return database.editionReport.findUnique({ where: { editionId }, select: FIELDS });
}

export async function findReportEditionIn(database: Database) {
  return database.edition.findFirst({ where: currentEditionFor("admin"), select: { id: true, year: true, name: true, leadUnit: { select: { name: true } } } });
}

/** The saved narrative, or what a first report starts from: the edition's lead unit as the issuing body. */
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
