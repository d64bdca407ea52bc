import { z } from "@/lib/zod";
import type vi from "@/lib/i18n/messages/vi.json";

// The form of the results report's header and narrative, shared by the admin form and its Server
// Action. No server imports.

type ReportMessages = (typeof vi)["adminReport"]["errors"];

const LINE = 200;
const SECTION = 20_000;

export function createReportNarrativeSchema(messages: ReportMessages) {
  const line = (max = LINE) => z.string().trim().normalize("NFC").max(max, messages.tooLong).default("");
  return z.object({
    number: line(60),
    issuerParent: line(),
    issuerName: z.string().trim().normalize("NFC").min(1, messages.issuerName).max(LINE, messages.tooLong),
    signerTitle: line(),
    signerName: line(),
    recipients: line(2_000),
    assessment: line(SECTION),
    lessons: line(SECTION),
    proposals: line(SECTION),
  });
}

export type ReportNarrative = z.infer<ReturnType<typeof createReportNarrativeSchema>>;

const REPORT_FORMATS = ["docx", "pdf"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}
