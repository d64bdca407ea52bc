import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { sendQueuedMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { ACTOR, DRAFT, invitee, readPdf, sessionIds, useServerEnv } from "./helpers";
import { unzipWithInfoZip } from "../../setup/unzip";

// The invitee's side: the signed reply link, the answer, and the seats an acceptance takes from the
// invited quota (never from the public capacity, even when public registration is closed).

let database: TestDatabase;
let sink: SmtpSink;
let store: typeof import("@/lib/invitations/store");
let replies: typeof import("@/lib/invitations/replies-store");
let delivery: typeof import("@/lib/invitations/delivery-store");
let links: typeof import("@/lib/invitations/reply-link");
let seatsService: typeof import("@/lib/registration/delegate-store");
let downloads: typeof import("@/lib/invitations/downloads-queries");

const OPENING = "le-khai-mac";

async function issuedInvitations(size: number, offset: number) {
  const { id } = await store.createBatch(database.db, { ...DRAFT, sessionIds: await sessionIds(database.db, [OPENING]) }, ACTOR);
  await store.addInvitees(database.db, id, Array.from({ length: size }, (_, index) => invitee(offset + index)), ACTOR);
  await store.proposeBatch(database.db, id, ACTOR);
  await store.issueBatch(database.db, id, ACTOR, new Date("2025-09-05T02:00:00Z"));
  const rows = await database.db.invitation.findMany({ where: { batchId: id }, select: { id: true, year: true }, orderBy: { number: "asc" } });
  return { batchId: id, invitations: rows };
}

async function opening() {
  return database.db.session.findFirstOrThrow({ where: { slug: OPENING, edition: { year: 2025 } }, select: { id: true, seatsTaken: true, invitedSeatsTaken: true, invitedCapacity: true } });
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  sink = await startSmtpSink();
  useServerEnv(database.url);
  Object.assign(process.env, sink.env, { MAIL_FROM: '"Văn phòng UBND tỉnh Quảng Ngãi" <no-reply@tuanle.example.vn>' });
  store = await import("@/lib/invitations/store");
  replies = await import("@/lib/invitations/replies-store");
  delivery = await import("@/lib/invitations/delivery-store");
  links = await import("@/lib/invitations/reply-link");
  seatsService = await import("@/lib/registration/delegate-store");
  downloads = await import("@/lib/invitations/downloads-queries");
});

afterAll(async () => {
  (await import("@/lib/mail/send")).closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("the reply link", () => {
  it("leads back to its invitation; a link altered by one character is refused", async () => {
    const { invitations } = await issuedInvitations(1, 100);
    const token = links.replyToken(invitations[0]!);
    expect(links.invitationIdOf(token)).toBe(invitations[0]!.id);
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(links.invitationIdOf(token.slice(0, -1) + last)).toBeNull();
    expect(links.invitationIdOf(token.replace(/\.([^.]+)\./, (_, payload: string) => `.${payload.slice(0, -2)}xy.`))).toBeNull();
    expect(links.invitationIdOf("QN1.not.a-token")).toBeNull();
  });
});

describe("answering", () => {
  it("attending makes a delegate with a confirmed seat from the invited quota, even with public registration closed", async () => {
    await database.db.session.updateMany({ where: { slug: OPENING, edition: { year: 2025 } }, data: { registrationOpen: false } });
    const before = await opening();
    const { invitations } = await issuedInvitations(1, 200);
    const outcome = await replies.answerInvitation(database.db, invitations[0]!.id, { answer: "attend", consent: "on" });
    expect(outcome).toMatchObject({ answer: "attend", email: "khach.moi.200@quangngai.gov.vn" });
    if (outcome.answer === "decline") throw new Error("expected an attendance");
    const registration = await database.db.registration.findUniqueOrThrow({
      where: { id: outcome.registrationId },
      select: { fullName: true, source: true, seats: { select: { status: true, source: true, sessionId: true } }, consents: { select: { purpose: true } } },
    });
    expect(registration).toMatchObject({ fullName: "Nguyễn Thị Hồng Nhung 200", source: "INVITATION", consents: [{ purpose: "REGISTRATION" }] });
    expect(registration.seats).toEqual([{ status: "CONFIRMED", source: "INVITATION", sessionId: before.id }]);
    const after = await opening();
    expect(after.invitedSeatsTaken).toBe(before.invitedSeatsTaken + 1);
    expect(after.seatsTaken).toBe(before.seatsTaken);
    const invitation = await database.db.invitation.findUniqueOrThrow({ where: { id: invitations[0]!.id }, select: { response: true, registrationId: true } });
    expect(invitation).toEqual({ response: "ACCEPTED", registrationId: outcome.registrationId });
    await expect(replies.answerInvitation(database.db, invitations[0]!.id, { answer: "decline" })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("a substitute becomes the delegate under their own name and e-mail", async () => {
    const { invitations } = await issuedInvitations(1, 300);
    const outcome = await replies.answerInvitation(database.db, invitations[0]!.id, {
      answer: "substitute",
      consent: "on",
      substituteName: "Lê Văn Đức",
      substitutePosition: "Phó Giám đốc",
      substituteEmail: "le.van.duc@quangngai.gov.vn",
    });
    if (outcome.answer === "decline") throw new Error("expected a substitute");
    expect(outcome.email).toBe("le.van.duc@quangngai.gov.vn");
    const registration = await database.db.registration.findUniqueOrThrow({ where: { id: outcome.registrationId }, select: { fullName: true, position: true, email: true } });
    expect(registration).toEqual({ fullName: "Lê Văn Đức", position: "Phó Giám đốc", email: "le.van.duc@quangngai.gov.vn" });
    const invitation = await database.db.invitation.findUniqueOrThrow({ where: { id: invitations[0]!.id }, select: { response: true, substituteName: true } });
    expect(invitation).toEqual({ response: "SUBSTITUTED", substituteName: "Lê Văn Đức" });
  });

  it("declining takes no seat, and a declined invitation may still be accepted", async () => {
    const before = await opening();
    const { invitations } = await issuedInvitations(1, 400);
    await replies.answerInvitation(database.db, invitations[0]!.id, { answer: "decline" });
    expect((await opening()).invitedSeatsTaken).toBe(before.invitedSeatsTaken);
    await replies.answerInvitation(database.db, invitations[0]!.id, { answer: "attend", consent: "on" });
    expect((await opening()).invitedSeatsTaken).toBe(before.invitedSeatsTaken + 1);
  });

  it("refuses an answer when the invited seats are all taken, and writes nothing", async () => {
    const { invitations } = await issuedInvitations(1, 500);
    const now = await opening();
    await database.db.session.update({ where: { id: now.id }, data: { invitedCapacity: now.invitedSeatsTaken } });
    await expect(replies.answerInvitation(database.db, invitations[0]!.id, { answer: "attend", consent: "on" })).rejects.toMatchObject({ code: "FULL" });
    const invitation = await database.db.invitation.findUniqueOrThrow({ where: { id: invitations[0]!.id }, select: { response: true } });
    expect(invitation.response).toBe("PENDING");
    expect(await database.db.registration.count({ where: { email: "khach.moi.500@quangngai.gov.vn" } })).toBe(0);
    await database.db.session.update({ where: { id: now.id }, data: { invitedCapacity: 150 } });
  });

  it("revoking an accepted invitation hands its seat back to the invited quota, not to the public", async () => {
    const { invitations } = await issuedInvitations(1, 600);
    await replies.answerInvitation(database.db, invitations[0]!.id, { answer: "attend", consent: "on" });
    const accepted = await opening();
    await store.revokeInvitation(database.db, invitations[0]!.id, "Thay đổi thành phần", ACTOR);
    const after = await opening();
    expect(after.invitedSeatsTaken).toBe(accepted.invitedSeatsTaken - 1);
    expect(after.seatsTaken).toBe(accepted.seatsTaken);
    await expect(replies.answerInvitation(database.db, invitations[0]!.id, { answer: "attend", consent: "on" })).rejects.toMatchObject({ code: "INVALID_STATE" });
  });

  it("an invited delegate who cancels on their manage page frees an invited seat, not a public one", async () => {
    const { invitations } = await issuedInvitations(1, 700);
    const outcome = await replies.answerInvitation(database.db, invitations[0]!.id, { answer: "attend", consent: "on" });
    if (outcome.answer === "decline") throw new Error("expected an attendance");
    const accepted = await opening();
    await seatsService.cancelRegistration(database.db, outcome.registrationId);
    const after = await opening();
    expect(after.invitedSeatsTaken).toBe(accepted.invitedSeatsTaken - 1);
    expect(after.seatsTaken).toBe(accepted.seatsTaken);
  });
});

describe("sending", () => {
  it("e-mails each invitee the PDF and the reply link over SMTP, and records it", async () => {
    const { batchId, invitations } = await issuedInvitations(3, 800);
    // Issuing queued one e-mail per invitee with an address, in the issuing transaction.
    expect(await database.db.outboxMessage.count({ where: { kind: "invitation.invitation", invitationId: { in: invitations.map((row) => row.id) } } })).toBe(3);
    await sendQueuedMail(database.db);
    const message = await sink.waitFor("khach.moi.801@quangngai.gov.vn");
    expect(message.parsed.subject).toMatch(/^Giấy mời số \d+\/GM-UBND: Dự Lễ khai mạc/);
    const attachment = message.parsed.attachments.find((item) => item.contentType === "application/pdf")!;
    expect(attachment.filename).toMatch(/^giay-moi-\d+-GM-UBND-\d{4}\.pdf$/);
    expect(readPdf(attachment.content).flat).toContain("Nguyễn Thị Hồng Nhung 801");
    const link = /https:\/\/tuanle\.example\.vn\/invitation\/(\S+)/.exec(message.parsed.text ?? "")?.[1];
    expect(links.invitationIdOf(decodeURIComponent(link ?? ""))).toBe(invitations[1]!.id);
    const rows = await database.db.invitation.findMany({ where: { batchId }, select: { deliveryStatus: true, pdfSha256: true } });
    expect(rows.every((row) => row.deliveryStatus === "SENT" && row.pdfSha256?.length === 64)).toBe(true);
  });

  it("records a delivery given up per invitee, with the server's reply, and sends it on retry", async () => {
    const { batchId } = await issuedInvitations(2, 900);
    sink.refuseForNow(true);
    try {
      await sendQueuedMail(database.db, { maxAttempts: 1 });
    } finally {
      sink.refuseForNow(false);
    }
    const rows = await database.db.invitation.findMany({ where: { batchId }, select: { deliveryStatus: true, deliveryError: true } });
    expect(rows).toEqual([
      { deliveryStatus: "FAILED", deliveryError: expect.stringMatching(/^451 /) },
      { deliveryStatus: "FAILED", deliveryError: expect.stringMatching(/^451 /) },
    ]);
    expect(await store.retryFailedDeliveries(database.db, batchId)).toBe(2);
    await sendQueuedMail(database.db);
    const after = await database.db.invitation.findMany({ where: { batchId }, select: { deliveryStatus: true } });
    expect(after.every((row) => row.deliveryStatus === "SENT")).toBe(true);
    expect(await store.retryFailedDeliveries(database.db, batchId)).toBe(0);
  });

  it("reminds only the invitees who have not answered, once each", async () => {
    const { batchId, invitations } = await issuedInvitations(2, 950);
    await sendQueuedMail(database.db);
    await replies.answerInvitation(database.db, invitations[0]!.id, { answer: "decline" });
    expect(await store.remindNonResponders(database.db, batchId, ACTOR)).toEqual({ reminded: 1 });
    await sendQueuedMail(database.db);
    const reminders = await database.db.outboxMessage.findMany({ where: { kind: "invitation.reminder", invitationId: { in: invitations.map((row) => row.id) } } });
    expect(reminders.map((row) => [row.invitationId, row.status])).toEqual([[invitations[1]!.id, "SENT"]]);
  });

  it("offers a batch for printing: every live PDF in a ZIP, all in one PDF, and the answers as CSV", async () => {
    const { batchId, invitations } = await issuedInvitations(3, 1_000);
    await store.revokeInvitation(database.db, invitations[2]!.id, "Trùng khách mời", ACTOR);
    await replies.answerInvitation(database.db, invitations[0]!.id, { answer: "decline" });
    const zipped = new Uint8Array((await downloads.batchZip(database.db, batchId))!);
    const zip = unzipSync(zipped);
    const names = Object.keys(zip).sort();
    expect(names).toHaveLength(2);
    expect(unzipWithInfoZip(zipped)).toEqual(names);
    const { pdf, fileName } = await delivery.issuedPdf(database.db, invitations[0]!.id);
    expect(Buffer.from(zip[fileName]!).equals(pdf)).toBe(true);
    const printed = readPdf((await downloads.batchPrintPdf(database.db, batchId))!);
    expect(printed.pageSizes.length).toBeGreaterThanOrEqual(2);
    expect(printed.flat).toContain("Nguyễn Thị Hồng Nhung 1000");
    expect(printed.flat).toContain("Nguyễn Thị Hồng Nhung 1001");
    expect(printed.flat).not.toContain("Nguyễn Thị Hồng Nhung 1002");
    const csv = await downloads.batchAnswersCsv(database.db, batchId, "vi");
    const lines = csv.replace(/^\uFEFF/, "").trim().split("\r\n");
    expect(lines[0]).toBe("Số,Danh xưng,Họ và tên,Chức vụ,Cơ quan,E-mail,Điện thoại,Gửi e-mail,Đã mở,Phản hồi,Thời điểm phản hồi,Người đi thay");
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^\d{2,}\/GM-UBND,Bà,Nguyễn Thị Hồng Nhung 1000,.*,Vắng,/);
    expect(lines[3]).toContain("Đã thu hồi: Trùng khách mời");
  });
});
