import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { placeAndDate } from "@/lib/invitations/rules";
import type { ReportBlock, ReportDocument } from "@/lib/report/document";
import { RETENTION_MONTHS } from "@/lib/registration/privacy";
import { formatCalendarDate, formatDate, formatDateTime } from "@/lib/time/format";
import type { LegalBasis, PersonalField, RetentionRule } from "./purposes";
import type { ProcessingRecord } from "./processing-record-queries";

// The record of processing as words: the rows the page shows and the document the PDF prints, in the
// results report's Decree 30/2020 layout (lib/report/pdf.ts). Pure: the figures come in, text goes out.

type T = ReturnType<typeof getTranslator<"privacyRecord">>;
type Words = ReturnType<typeof getMessages>["privacyRecord"];

export function basisText(words: Words, basis: LegalBasis): string {
  if (basis.kind === "consent") return words.basis[`consent${basis.purpose}`];
  if (basis.kind === "formConsent") return words.basis[`formConsent${basis.form}`];
  return words.basis[basis.kind];
}

function retentionText(t: T, rule: RetentionRule, current: { year: number; dueAt: Date } | null): string {
  if (rule === "audit") return t("retentionAudit");
  if (rule === "none") return t("retentionNone");
  if (!current) return t("retentionEdition", { months: RETENTION_MONTHS });
  return t("retentionEditionDue", { months: RETENTION_MONTHS, year: current.year, date: formatDate(current.dueAt) });
}

/** Label of an audit action in the access table; an action without words of its own shows as stored. */
function actionText(words: Words, action: string): string {
  return (words.actions as Record<string, string>)[action] ?? action;
}

export type RecordTables = {
  purposes: string[][];
  editions: string[][];
  consents: string[][];
  erasures: string[][];
  accesses: string[][];
};

/** Every table of the record, as rows of text; `current` is the edition whose retention date is shown per purpose. */
export function recordTables(locale: Locale, record: ProcessingRecord, current: { year: number; dueAt: Date } | null): RecordTables {
  const t = getTranslator(locale, "privacyRecord");
  const words = getMessages(locale).privacyRecord;
  return {
    purposes: record.purposes.map((purpose) => [
      words.purposes[purpose.key],
      purpose.fields.map((field: PersonalField) => words.fields[field]).join(", "),
      basisText(words, purpose.basis),
      retentionText(t, purpose.retention, current),
      String(purpose.subjectCount),
    ]),
    editions: record.editions.map((edition) => [`${edition.year} – ${edition.name}`, formatCalendarDate(edition.endsOn), formatDate(edition.dueAt)]),
    consents: record.consentsWithdrawn.map((row) => [words.consentPurposes[row.purpose], String(row.count)]),
    erasures: [
      [t("erasedRegistrations"), String(record.erasures.registrations)],
      [t("erasedAccreditations"), String(record.erasures.accreditations)],
      [t("erasedApplications"), String(record.erasures.applications)],
      [t("erasureEvents"), String(record.erasures.auditEvents)],
    ],
    accesses: record.accesses.map((row) => [row.user, actionText(words, row.action), String(row.count), formatDateTime(row.lastAt)]),
  };
}

function table(columns: string[], rows: string[][], widths: number[], empty: string): ReportBlock[] {
  return rows.length === 0 ? [{ kind: "paragraph", text: empty }] : [{ kind: "table", columns, rows, widths }];
}

/** The record as an official document (a HỒ SƠ of the Department), always in Vietnamese. */
export function recordDocument(record: ProcessingRecord, current: { year: number; dueAt: Date } | null, now: Date): ReportDocument {
  const t = getTranslator("vi", "privacyRecord");
  const tables = recordTables("vi", record, current);
  const lastDay = new Date(record.period.to.getTime() - 1);
  const blocks: ReportBlock[] = [
    { kind: "paragraph", text: t("pdfController") },
    { kind: "paragraph", text: t("periodLine", { from: formatDate(record.period.from), to: formatDate(lastDay) }) },
    { kind: "heading", text: `I. ${t("purposesTitle")}`, level: 1 },
    ...table([t("colPurpose"), t("colFields"), t("colBasis"), t("colRetention"), t("colSubjects")], tables.purposes, [3, 4, 4, 3.5, 1.6], t("noneInPeriod")),
    { kind: "heading", text: `II. ${t("editionsTitle")}`, level: 1 },
    ...table([t("colEdition"), t("colEndsOn"), t("colDueAt")], tables.editions, [5, 2, 2], t("noneInPeriod")),
    { kind: "heading", text: `III. ${t("consentsTitle")}`, level: 1 },
    ...table([t("colConsent"), t("colCount")], tables.consents, [5, 1.5], t("noneInPeriod")),
    { kind: "heading", text: `IV. ${t("erasuresTitle")}`, level: 1 },
    ...table([t("colPurpose"), t("colCount")], tables.erasures, [5, 1.5], t("noneInPeriod")),
    { kind: "heading", text: `V. ${t("accessTitle")}`, level: 1 },
    { kind: "paragraph", text: t("accessIntro") },
    ...table([t("colUser"), t("colAction"), t("colTimes"), t("colLast")], tables.accesses, [4, 3.5, 1.2, 2.3], t("noneInPeriod")),
    { kind: "paragraph", text: t("pdfGeneratedAt", { time: formatDateTime(now) }) },
  ];
  return {
    parentBody: t("pdfParent"),
    issuerLines: [t("pdfIssuer")],
    numberLine: t("pdfNumber"),
    placeAndDate: placeAndDate(t("pdfPlace"), now),
    title: t("pdfTitle"),
    subtitle: t("pdfSubtitle"),
    blocks,
    signer: { title: t("pdfSignerTitle"), name: "" },
    recipients: t("pdfRecipients").split("\n"),
    fileTitle: t("title"),
    issuedAt: now,
  };
}
