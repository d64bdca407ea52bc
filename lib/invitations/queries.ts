import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { InvitationResponse } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/config";
import { issuedPdf } from "./delivery-store";
import { batchDownload, type BatchDownload } from "./downloads-queries";
import { inviteeAccess } from "./invitee-access-queries";
import { findInvitationForReply } from "./replies-store";
import { letterSelect, snapshotOf } from "./store";
import { currentEditionFor } from "@/lib/editions/rules";

// What the invitation screens show. Invitees' personal data goes only to the roles that handle
// invitations; every read checks the permission itself.

export async function listBatches() {
  await requirePermission("invitations:track");
  const batches = await db.invitationBatch.findMany({
    select: {
      id: true,
      subject: true,
      status: true,
      createdAt: true,
      edition: { select: { year: true } },
      sessions: { select: { session: { select: { title: true, startsAt: true } } } },
      _count: { select: { invitees: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  const answers = await db.invitation.groupBy({ by: ["batchId", "response"], where: { status: "ISSUED" }, _count: true });
  const countOf = (batchId: string, responses: InvitationResponse[]) =>
    answers.filter((row) => row.batchId === batchId && responses.includes(row.response)).reduce((sum, row) => sum + row._count, 0);
  return batches.map((batch) => ({
    ...batch,
    sessions: batch.sessions.map((link) => link.session).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()),
    answers: { accepted: countOf(batch.id, ["ACCEPTED", "SUBSTITUTED"]), declined: countOf(batch.id, ["DECLINED"]), pending: countOf(batch.id, ["PENDING"]) },
  }));
}

/** The sessions of the current edition an invitation can be for, with the invited quota. */
export async function listInvitableSessions() {
  await requirePermission("invitations:track");
  return db.session.findMany({
    where: { edition: currentEditionFor("admin"), status: { not: "CANCELLED" } },
    select: { id: true, title: true, startsAt: true, invitedCapacity: true, invitedSeatsTaken: true },
    orderBy: { startsAt: "asc" },
  });
}

export async function findBatch(batchId: string) {
  await requirePermission("invitations:track");
  const batch = await db.invitationBatch.findUnique({
    where: { id: batchId },
    select: {
      id: true,
      status: true,
      ...letterSelect,
      issuedAt: true,
      correctedAt: true,
      correctionNote: true,
      register: { select: { symbol: true } },
      sessions: { select: { session: { select: { id: true, title: true, startsAt: true, endsAt: true, invitedCapacity: true, invitedSeatsTaken: true } } } },
      invitees: { select: { id: true, salutation: true, fullName: true, position: true, organization: true, email: true, phone: true }, orderBy: { fullName: "asc" } },
    },
  });
  if (!batch) return null;
  return { ...batch, sessions: batch.sessions.map((link) => link.session).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()) };
}

export type BatchDetails = NonNullable<Awaited<ReturnType<typeof findBatch>>>;

export const RESPONSE_FILTERS = ["PENDING", "ACCEPTED", "DECLINED", "SUBSTITUTED", "REVOKED"] as const;
export type ResponseFilter = (typeof RESPONSE_FILTERS)[number];

/** The issued invitations of a batch, optionally only those with one answer (or the revoked ones). */
export async function listInvitations(batchId: string, filter: ResponseFilter | null = null) {
  await requirePermission("invitations:track");
  const where =
    filter === "REVOKED" ? { batchId, status: "REVOKED" as const } : filter ? { batchId, status: "ISSUED" as const, response: filter } : { batchId };
  const rows = await db.invitation.findMany({
    where,
    select: {
      id: true,
      number: true,
      year: true,
      status: true,
      revokedAt: true,
      revokeReason: true,
      deliveryStatus: true,
      deliveryError: true,
      openedAt: true,
      response: true,
      respondedAt: true,
      substituteName: true,
      snapshot: true,
      invitee: { select: { id: true, salutation: true, fullName: true, position: true, organization: true, email: true } },
    },
    orderBy: { number: "asc" },
  });
  return rows.map(({ snapshot, ...row }) => ({ ...row, symbol: snapshotOf(snapshot).symbol }));
}

/** Counts of the batch's invitations (revoked ones apart) and whether the delivery is still running. */
export async function batchProgress(batchId: string) {
  await requirePermission("invitations:track");
  const live = { batchId, status: "ISSUED" as const };
  const [total, rendered, withEmail, sent, failed, opened, revoked, byResponse] = await Promise.all([
    db.invitation.count({ where: live }),
    db.invitation.count({ where: { ...live, pdfSha256: { not: null } } }),
    db.invitation.count({ where: { ...live, invitee: { email: { not: null } } } }),
    db.invitation.count({ where: { ...live, deliveryStatus: "SENT" } }),
    db.invitation.count({ where: { ...live, deliveryStatus: "FAILED" } }),
    db.invitation.count({ where: { ...live, openedAt: { not: null } } }),
    db.invitation.count({ where: { batchId, status: "REVOKED" } }),
    db.invitation.groupBy({ by: ["response"], where: live, _count: true }),
  ]);
  const answered = (responses: InvitationResponse[]) => byResponse.filter((row) => responses.includes(row.response)).reduce((sum, row) => sum + row._count, 0);
  return {
    total,
    rendered,
    withEmail,
    sent,
    failed,
    opened,
    revoked,
    accepted: answered(["ACCEPTED", "SUBSTITUTED"]),
    declined: answered(["DECLINED"]),
    pending: answered(["PENDING"]),
    running: await isDelivering(batchId),
  };
}

export type BatchProgress = Awaited<ReturnType<typeof batchProgress>>;

/** The draft as the PDF preview shows it, addressed to the first invitee on the list. */
export async function findDraftForPreview(batchId: string) {
  await requirePermission("invitations:track");
  return db.invitationBatch.findUnique({
    where: { id: batchId },
    select: {
      ...letterSelect,
      register: { select: { symbol: true, parentBody: true, issuerUnit: { select: { name: true } } } },
      invitees: { select: { salutation: true, fullName: true, position: true, organization: true, email: true, address: true }, orderBy: { fullName: "asc" }, take: 1 },
    },
  });
}

/** Whether an issued invitation belongs to the batch, for its download link. */
export async function invitationOfBatch(batchId: string, invitationId: string): Promise<boolean> {
  await requirePermission("invitations:track");
  return (await db.invitation.count({ where: { id: invitationId, batchId } })) === 1;
}

type SessionInvitationStats = {
  id: string;
  title: string;
  startsAt: Date;
  invitedCapacity: number;
  invitedSeatsTaken: number;
  issued: number;
  sent: number;
  opened: number;
  accepted: number;
  declined: number;
  pending: number;
};

/** Per session, over every batch that invites to it: the live invitations and their answers. */
export async function listSessionInvitationStats(): Promise<SessionInvitationStats[]> {
  await requirePermission("invitations:track");
  return db.$queryRaw<SessionInvitationStats[]>`
    SELECT s.id::text, s.title, s.starts_at AS "startsAt", s.invited_capacity AS "invitedCapacity",
           s.invited_seats_taken AS "invitedSeatsTaken",
           count(*)::int AS issued,
           count(*) FILTER (WHERE i.delivery_status = 'SENT')::int AS sent,
           count(*) FILTER (WHERE i.opened_at IS NOT NULL)::int AS opened,
           count(*) FILTER (WHERE i.response IN ('ACCEPTED', 'SUBSTITUTED'))::int AS accepted,
           count(*) FILTER (WHERE i.response = 'DECLINED')::int AS declined,
           count(*) FILTER (WHERE i.response = 'PENDING')::int AS pending
    FROM sessions s
    JOIN invitation_batch_sessions bs ON bs.session_id = s.id
    JOIN invitations i ON i.batch_id = bs.batch_id AND i.status = 'ISSUED'
    GROUP BY s.id
    ORDER BY s.starts_at`;
}

/** Whether e-mails of the batch (invitations, reminders) are still waiting in the outbox or being sent. */
async function isDelivering(batchId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ waiting: boolean }[]>`
    SELECT EXISTS (
      SELECT 1 FROM outbox_messages AS m JOIN invitations AS i ON i.id = m.invitation_id
      WHERE i.batch_id = ${batchId}::uuid AND m.status IN ('QUEUED', 'SENDING')
    ) AS waiting`;
  return rows[0]?.waiting ?? false;
}

/** An issued invitation's PDF as issued. The caller has proved the right to it: a permission or the invitee's signed link. */
export function getIssuedPdf(invitationId: string) {
  return issuedPdf(db, invitationId);
}

/** A batch's letters or list as one file; the route checks the permission and audits the export. */
export function getBatchDownload(batchId: string, download: BatchDownload, locale: Locale) {
  return batchDownload(db, batchId, download, locale);
}

/** The invitation an invitee's signed link opens; null when it is unknown. */
/** Whether the invitee's signed link still opens the invitation (revoked, reply period over). */
export function getInviteeAccess(invitationId: string) {
  return inviteeAccess(db, invitationId);
}

export function getInvitationForReply(invitationId: string) {
  return findInvitationForReply(db, invitationId);
}
