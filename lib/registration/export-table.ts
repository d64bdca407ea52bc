import { nationalPhone, type ExportTable } from "@/lib/exports/table";
import type { Translator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";

// The exported registration list as a table of text (lib/exports turns it into CSV or XLSX). Pure:
// the export reads the rows, this only shapes them.

export type ExportRow = {
  code: string;
  status: string;
  fullName: string | null;
  position: string | null;
  organization: string | null;
  group: string;
  email: string | null;
  phone: string | null;
  province: string | null;
  createdAt: Date;
  seats: { status: string; session: { id: string; title: string } }[];
  checkIns: { sessionId: string; checkedInAt: Date }[];
  consents: { purpose: string }[];
};

type Labels = Translator<"adminExport">;

function sessionsCell(row: ExportRow, labels: Labels): string {
  return row.seats
    .map((seat) => (seat.status === "WAITLISTED" ? `${seat.session.title} (${labels("waitlisted")})` : seat.session.title))
    .join("; ");
}

function checkInsCell(row: ExportRow): string {
  const titles = new Map(row.seats.map((seat) => [seat.session.id, seat.session.title]));
  return row.checkIns.map((checkIn) => `${titles.get(checkIn.sessionId) ?? ""} ${formatDateTime(checkIn.checkedInAt)}`.trim()).join("; ");
}

export function buildExportTable(rows: ExportRow[], labels: Labels, groupLabel: (group: string) => string, statusLabel: (status: string) => string): ExportTable {
  const yesNo = (value: boolean) => (value ? labels("yes") : labels("no"));
  return {
    headers: ["code", "fullName", "position", "organization", "group", "email", "phone", "province", "status", "sessions", "checkIns", "consentMedia", "consentNews", "registeredAt"].map((key) =>
      labels(key as Parameters<Labels>[0]),
    ),
    rows: rows.map((row) => {
      const consents = new Set(row.consents.map((consent) => consent.purpose));
      return [
        row.code,
        row.fullName ?? "",
        row.position ?? "",
        row.organization ?? "",
        groupLabel(row.group),
        row.email ?? "",
        nationalPhone(row.phone),
        row.province ?? "",
        statusLabel(row.status),
        sessionsCell(row, labels),
        checkInsCell(row),
        yesNo(consents.has("MEDIA")),
        yesNo(consents.has("NEWS")),
        formatDateTime(row.createdAt),
      ];
    }),
  };
}
