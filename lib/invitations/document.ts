import type { InvitationDocument } from "./pdf";
import { documentNumber, ISSUING_PLACE, placeAndDate, registerYear } from "./rules";

// What an issued invitation says, frozen at the moment of issue (Invitation.snapshot), and how a
// snapshot or a draft becomes the document the PDF prints. Pure: no I/O.

export const SNAPSHOT_VERSION = 1;

export type SnapshotSession = {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string;
  venue: { name: string; address: string } | null;
};

export type InvitationSnapshot = {
  version: typeof SNAPSHOT_VERSION;
  number: number;
  symbol: string;
  year: number;
  issuedAt: string;
  issuer: { parentBody: string | null; name: string };
  subject: string;
  body: string;
  signer: { authority: string; deputy: string | null; title: string; name: string };
  recipients: string;
  sessions: SnapshotSession[];
  invitee: { fullName: string; position: string | null; organization: string | null; email: string | null; address: string | null };
};

export type DraftBatch = {
  subject: string;
  body: string;
  signerAuthority: string;
  signerDeputy: string | null;
  signerTitle: string;
  signerName: string;
  recipientsNote: string;
  register: { symbol: string; parentBody: string | null; issuerUnit: { name: string } };
};

export type DraftSession = { id: string; slug: string; title: string; startsAt: Date; endsAt: Date; venue: { name: string; address: string } | null };
export type DraftInvitee = InvitationSnapshot["invitee"];

export function buildSnapshot(input: {
  batch: DraftBatch;
  sessions: DraftSession[];
  invitee: DraftInvitee;
  number: number;
  year: number;
  issuedAt: Date;
}): InvitationSnapshot {
  const { batch } = input;
  return {
    version: SNAPSHOT_VERSION,
    number: input.number,
    symbol: batch.register.symbol,
    year: input.year,
    issuedAt: input.issuedAt.toISOString(),
    issuer: { parentBody: batch.register.parentBody, name: batch.register.issuerUnit.name },
    subject: batch.subject,
    body: batch.body,
    signer: { authority: batch.signerAuthority, deputy: batch.signerDeputy, title: batch.signerTitle, name: batch.signerName },
    recipients: batch.recipientsNote,
    sessions: input.sessions.map((session) => ({
      id: session.id,
      slug: session.slug,
      title: session.title,
      startsAt: session.startsAt.toISOString(),
      endsAt: session.endsAt.toISOString(),
      venue: session.venue ? { name: session.venue.name, address: session.venue.address } : null,
    })),
    invitee: input.invitee,
  };
}

/** The issued document: everything from the snapshot, plus the reply link of its QR code. */
export function issuedDocument(snapshot: InvitationSnapshot, replyUrl: string): InvitationDocument {
  const number = documentNumber(snapshot.number, snapshot.symbol);
  return {
    issuer: snapshot.issuer,
    numberLine: `Số: ${number}`,
    placeAndDate: placeAndDate(ISSUING_PLACE, new Date(snapshot.issuedAt)),
    subject: snapshot.subject,
    body: snapshot.body,
    invitee: snapshot.invitee,
    signer: snapshot.signer,
    recipients: snapshot.recipients,
    replyUrl,
    issuedAt: new Date(snapshot.issuedAt),
    title: `Giấy mời số ${number}`,
  };
}

const BLANK_INVITEE: DraftInvitee = { fullName: "……………………", position: null, organization: null, email: null, address: null };

/** A draft as the office will see it: number and date left blank, as on a paper draft. */
export function draftDocument(batch: DraftBatch, invitee: DraftInvitee | null): InvitationDocument {
  const year = registerYear(new Date());
  return {
    issuer: { parentBody: batch.register.parentBody, name: batch.register.issuerUnit.name },
    numberLine: `Số:        /${batch.register.symbol}`,
    placeAndDate: `${ISSUING_PLACE}, ngày      tháng      năm ${year}`,
    subject: batch.subject,
    body: batch.body,
    invitee: invitee ?? BLANK_INVITEE,
    signer: { authority: batch.signerAuthority, deputy: batch.signerDeputy, title: batch.signerTitle, name: batch.signerName },
    recipients: batch.recipientsNote,
    replyUrl: null,
    issuedAt: null,
    title: `Dự thảo giấy mời – ${batch.subject}`,
  };
}
