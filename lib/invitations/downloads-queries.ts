import "server-only";
import { zipSync, type Zippable } from "fflate";
import { ZIP_ENTRY_ORIGIN } from "@/lib/exports/zip-origin";
import type { Database } from "@/lib/db-client";
import { CSV_TYPE, nationalPhone, toCsv } from "@/lib/exports/table";
import type { DownloadFile } from "@/lib/http/download";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { isOneOf } from "@/lib/one-of";
import { formatDateTime } from "@/lib/time/format";
import { issuedDocument } from "./document";
import { invitationFileName, invitationReplyUrl, issuedPdf } from "./delivery-store";
import { renderCombinedPdf } from "./pdf";
import { DEFAULT_SALUTATION, documentNumber } from "./rules";
import { snapshotOf } from "./store";

// A batch's invitations for printing and postal delivery (every PDF in a ZIP, or all of them in one
// PDF), and its answers as a spreadsheet. Revoked invitations are left out of the print files.

async function liveInvitations(database: Database, batchId: string) {
  const rows = await database.invitation.findMany({
    where: { batchId, status: "ISSUED" },
    select: { id: true, year: true, snapshot: true },
    orderBy: { number: "asc" },
  });
  return rows.map((row) => ({ ...row, snapshot: snapshotOf(row.snapshot) }));
}

/** Every live invitation's PDF, each checked against its issued checksum; null when there is none. */
export async function batchZip(database: Database, batchId: string): Promise<Buffer | null> {
  const invitations = await liveInvitations(database, batchId);
  if (invitations.length === 0) return null;
  const files: Zippable = {};
  for (const invitation of invitations) {
    const { pdf } = await issuedPdf(database, invitation.id);
    // PDFs are compressed already: stored as they are, dated the day they were issued.
    files[invitationFileName(invitation.snapshot)] = [new Uint8Array(pdf), { level: 0, mtime: new Date(invitation.snapshot.issuedAt), ...ZIP_ENTRY_ORIGIN }];
  }
  return Buffer.from(zipSync(files));
}

/** All live invitations in one PDF, one after the other, for printing. */
export async function batchPrintPdf(database: Database, batchId: string): Promise<Buffer | null> {
  const invitations = await liveInvitations(database, batchId);
  if (invitations.length === 0) return null;
  const documents = invitations.map((invitation) => issuedDocument(invitation.snapshot, invitationReplyUrl(invitation)));
  return renderCombinedPdf(documents, `Giấy mời – ${invitations[0]!.snapshot.subject}`);
}

const ANSWER_COLUMNS = ["number", "salutation", "fullName", "position", "organization", "email", "phone", "delivery", "opened", "response", "respondedAt", "substitute"] as const;

/** The answers as CSV (UTF-8 with BOM, for Excel): one row per invitation, revoked ones included. */
export async function batchAnswersCsv(database: Database, batchId: string, locale: Locale): Promise<string> {
  const rows = await database.invitation.findMany({
    where: { batchId },
    select: {
      number: true,
      status: true,
      revokeReason: true,
      deliveryStatus: true,
      openedAt: true,
      response: true,
      respondedAt: true,
      substituteName: true,
      substitutePosition: true,
      substituteEmail: true,
      snapshot: true,
      invitee: { select: { salutation: true, fullName: true, position: true, organization: true, email: true, phone: true } },
    },
    orderBy: { number: "asc" },
  });
  const t = getTranslator(locale, "adminInvitations");
  const column = getTranslator(locale, "invitationAnswersExport");
  const substitute = (row: (typeof rows)[number]) => [row.substituteName, row.substitutePosition, row.substituteEmail].filter(Boolean).join(", ");
  return toCsv({
    headers: ANSWER_COLUMNS.map((key) => column(key)),
    rows: rows.map((row) => [
      documentNumber(row.number, snapshotOf(row.snapshot).symbol),
      row.invitee.salutation ?? DEFAULT_SALUTATION,
      row.invitee.fullName,
      row.invitee.position ?? "",
      row.invitee.organization ?? "",
      row.invitee.email ?? "",
      nationalPhone(row.invitee.phone),
      t(`delivery${row.deliveryStatus}`),
      row.openedAt ? formatDateTime(row.openedAt) : "",
      row.status === "REVOKED" ? column("revoked", { reason: row.revokeReason ?? "" }) : t(`response${row.response}`, { name: row.substituteName ?? "" }),
      row.respondedAt ? formatDateTime(row.respondedAt) : "",
      substitute(row),
    ]),
  });
}

export const BATCH_DOWNLOADS = ["invitations.zip", "print.pdf", "answers.csv"] as const;
export type BatchDownload = (typeof BATCH_DOWNLOADS)[number];

export function isBatchDownload(value: string): value is BatchDownload {
  return isOneOf(BATCH_DOWNLOADS, value);
}

/** One of a batch's files, named after the batch; null when there is nothing to print. */
export async function batchDownload(database: Database, batchId: string, download: BatchDownload, locale: Locale): Promise<DownloadFile | null> {
  const name = batchId.slice(0, 8);
  switch (download) {
    case "answers.csv":
      return { content: await batchAnswersCsv(database, batchId, locale), type: CSV_TYPE, fileName: `phan-hoi-giay-moi-${name}.csv` };
    case "invitations.zip": {
      const zip = await batchZip(database, batchId);
      return zip && { content: zip, type: "application/zip", fileName: `giay-moi-${name}.zip` };
    }
    case "print.pdf": {
      const pdf = await batchPrintPdf(database, batchId);
      return pdf && { content: pdf, type: "application/pdf", fileName: `giay-moi-in-${name}.pdf` };
    }
  }
}
