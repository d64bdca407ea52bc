import "server-only";
import { zipSync, type Zippable } from "fflate";
import Papa from "papaparse";
import type { Database } from "@/lib/db-client";
import { formatDateTime } from "@/lib/time/format";
import { issuedDocument } from "./document";
import { invitationFileName, invitationReplyUrl, issuedPdf } from "./delivery";
import { renderCombinedPdf } from "./pdf";
import { documentNumber } from "./rules";
import { snapshotOf } from "./store";

// A batch's invitations for printing and postal delivery (every PDF in a ZIP, or all of them in one
// PDF), and its answers as a spreadsheet. Revoked invitations are left out of the print files.

async function liveInvitations(db: Database, batchId: string) {
  const rows = await db.invitation.findMany({
    where: { batchId, status: "ISSUED" },
    select: { id: true, year: true, snapshot: true },
    orderBy: { number: "asc" },
  });
  return rows.map((row) => ({ ...row, snapshot: snapshotOf(row.snapshot) }));
}

/** Every live invitation's PDF, each checked against its issued checksum; null when there is none. */
export async function batchZip(db: Database, batchId: string): Promise<Buffer | null> {
  const invitations = await liveInvitations(db, batchId);
  if (invitations.length === 0) return null;
  const files: Zippable = {};
  for (const invitation of invitations) {
    const { pdf } = await issuedPdf(db, invitation.id);
    // PDFs are compressed already: stored as they are, dated the day they were issued.
    files[invitationFileName(invitation.snapshot)] = [new Uint8Array(pdf), { level: 0, mtime: new Date(invitation.snapshot.issuedAt) }];
  }
  return Buffer.from(zipSync(files));
}

/** All live invitations in one PDF, one after the other, for printing. */
export async function batchPrintPdf(db: Database, batchId: string): Promise<Buffer | null> {
  const invitations = await liveInvitations(db, batchId);
  if (invitations.length === 0) return null;
  const documents = invitations.map((invitation) => issuedDocument(invitation.snapshot, invitationReplyUrl(invitation)));
  return renderCombinedPdf(documents, `Giấy mời – ${invitations[0]!.snapshot.subject}`);
}

const RESPONSE_LABELS = { PENDING: "Chưa trả lời", ACCEPTED: "Tham dự", DECLINED: "Vắng", SUBSTITUTED: "Cử người thay" } as const;
const DELIVERY_LABELS = { NOT_SENT: "Chưa gửi", SENT: "Đã gửi", FAILED: "Gửi lỗi" } as const;

/** The answers as CSV (UTF-8 with BOM, for Excel): one row per invitation, revoked ones included. */
export async function batchAnswersCsv(db: Database, batchId: string): Promise<string> {
  const rows = await db.invitation.findMany({
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
      invitee: { select: { fullName: true, position: true, organization: true, email: true, phone: true } },
    },
    orderBy: { number: "asc" },
  });
  const table = rows.map((row) => {
    const snapshot = snapshotOf(row.snapshot);
    return {
      "Số": documentNumber(row.number, snapshot.symbol),
      "Họ và tên": row.invitee.fullName,
      "Chức vụ": row.invitee.position ?? "",
      "Cơ quan": row.invitee.organization ?? "",
      "E-mail": row.invitee.email ?? "",
      "Điện thoại": row.invitee.phone ?? "",
      "Gửi e-mail": DELIVERY_LABELS[row.deliveryStatus],
      "Đã mở": row.openedAt ? formatDateTime(row.openedAt) : "",
      "Phản hồi": row.status === "REVOKED" ? `Đã thu hồi: ${row.revokeReason ?? ""}` : RESPONSE_LABELS[row.response],
      "Thời điểm phản hồi": row.respondedAt ? formatDateTime(row.respondedAt) : "",
      "Người đi thay": [row.substituteName, row.substitutePosition, row.substituteEmail].filter(Boolean).join(", "),
    };
  });
  return `\uFEFF${Papa.unparse(table)}\r\n`;
}
