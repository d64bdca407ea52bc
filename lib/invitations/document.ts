import type { InvitationDocument } from "./pdf";
import { documentNumber, inviteeLine, ISSUING_PLACE, placeAndDate, registerYear } from "./rules";

// What an issued invitation says, frozen at the moment of issue (Invitation.snapshot), and how a
// snapshot or a draft becomes the document the PDF prints. Pure: no I/O.

/**
 * 2: the invitee has a salutation, and numbers below 10 print with a leading zero. A version 1
 * snapshot keeps rendering as it was issued (its PDF's checksum was recorded then).
 */
const SNAPSHOT_VERSION = 2;

type SnapshotSession = {
  id: string;
  slug: string;
  title: string;
  startsAt: string;
  endsAt: string;
  venue: { name: string; address: string } | null;
};

export type InvitationSnapshot = {
  version: 1 | typeof SNAPSHOT_VERSION;
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
  /** `salutation` is absent from snapshots issued before it existed: the name may then hold it. */
  invitee: { salutation?: string | null; fullName: string; position: string | null; organization: string | null; email: string | null; address: string | null };
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

type DraftSession = { id: string; slug: string; title: string; startsAt: Date; endsAt: Date; venue: { name: string; address: string } | null };
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

/** How version 1 printed the number and the invitee: a document already issued is not rewritten. */
function issuedAsVersion1(snapshot: InvitationSnapshot): { number: string; inviteeLine: string } {
  const { fullName, position, organization } = snapshot.invitee;
  const role = [position, organization].filter(Boolean).join(", ");
  return { number: `${snapshot.number}/${snapshot.symbol}`, inviteeLine: role ? `Ông/Bà ${fullName} – ${role}` : `Ông/Bà ${fullName}` };
}

/** The issued document: everything from the snapshot, plus the reply link of its QR code. */
export function issuedDocument(snapshot: InvitationSnapshot, replyUrl: string): InvitationDocument {
  const printed = snapshot.version === 1 ? issuedAsVersion1(snapshot) : { number: documentNumber(snapshot.number, snapshot.symbol), inviteeLine: inviteeLine(snapshot.invitee) };
  const number = printed.number;
  return {
    issuer: snapshot.issuer,
    numberLine: `Số: ${number}`,
    placeAndDate: placeAndDate(ISSUING_PLACE, new Date(snapshot.issuedAt)),
    subject: snapshot.subject,
    body: snapshot.body,
    inviteeLine: printed.inviteeLine,
    signer: snapshot.signer,
    recipients: snapshot.recipients,
    replyUrl,
    issuedAt: new Date(snapshot.issuedAt),
    title: `Giấy mời số ${number}`,
  };
}

const BLANK_INVITEE: DraftInvitee = { salutation: null, fullName: "……………………", position: null, organization: null, email: null, address: null };

/** A draft as the office will see it: number and date left blank, as on a paper draft. */
export function draftDocument(batch: DraftBatch, invitee: DraftInvitee | null): InvitationDocument {
  const year = registerYear(new Date());
  return {
    issuer: { parentBody: batch.register.parentBody, name: batch.register.issuerUnit.name },
    numberLine: `Số:        /${batch.register.symbol}`,
    placeAndDate: `${ISSUING_PLACE}, ngày      tháng      năm ${year}`,
    subject: batch.subject,
    body: batch.body,
    inviteeLine: inviteeLine(invitee ?? BLANK_INVITEE),
    signer: { authority: batch.signerAuthority, deputy: batch.signerDeputy, title: batch.signerTitle, name: batch.signerName },
    recipients: batch.recipientsNote,
    replyUrl: null,
    issuedAt: null,
    title: `Dự thảo giấy mời – ${batch.subject}`,
  };
}
