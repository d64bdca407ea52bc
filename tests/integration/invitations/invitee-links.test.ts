import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { delegateInput } from "../../fixtures/registration";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { ACTOR, DRAFT, invitee, sessionIds, useServerEnv } from "./helpers";

// What an invitee's signed link still opens: a revoked invitation's PDF is gone (410), the whole link
// stops after the reply period (portal clock), and a substitute's address never takes over a
// registration someone already made with it.

let database: TestDatabase;
let store: typeof import("@/lib/invitations/store");
let replies: typeof import("@/lib/invitations/replies-store");
let links: typeof import("@/lib/invitations/reply-link");
let access: typeof import("@/lib/invitations/invitee-access-queries");
let period: typeof import("@/lib/invitations/reply-period");
let service: typeof import("@/lib/registration/delegate-store");
let pdfRoute: typeof import("@/app/[locale]/(public)/invitation/[token]/pdf/route");
const CLOCK = process.env.PORTAL_CLOCK;

async function issuedInvitation(offset: number) {
  const { id } = await store.createBatch(database.db, { ...DRAFT, sessionIds: await sessionIds(database.db, ["le-khai-mac"]) }, ACTOR);
  await store.addInvitees(database.db, id, [invitee(offset)], ACTOR);
  await store.proposeBatch(database.db, id, ACTOR);
  await store.issueBatch(database.db, id, ACTOR, new Date("2025-09-05T02:00:00Z"));
  return database.db.invitation.findFirstOrThrow({ where: { batchId: id }, select: { id: true, year: true } });
}

function downloadPdf(invitation: { id: string; year: number }) {
  const token = links.replyToken(invitation);
  return pdfRoute.GET(new Request(`https://tuanle.example.vn/invitation/${token}/pdf`), { params: Promise.resolve({ locale: "vi", token }) });
}

async function closingInstant(): Promise<Date> {
  const edition = await database.db.edition.findFirstOrThrow({ where: { year: 2025 }, select: { endsOn: true } });
  return period.replyPeriodClosesAt(edition.endsOn);
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  useServerEnv(database.url);
  store = await import("@/lib/invitations/store");
  replies = await import("@/lib/invitations/replies-store");
  links = await import("@/lib/invitations/reply-link");
  access = await import("@/lib/invitations/invitee-access-queries");
  period = await import("@/lib/invitations/reply-period");
  service = await import("@/lib/registration/delegate-store");
  pdfRoute = await import("@/app/[locale]/(public)/invitation/[token]/pdf/route");
});

afterEach(() => {
  process.env.PORTAL_CLOCK = CLOCK;
});

afterAll(async () => {
  await database?.drop();
});

describe("a revoked invitation", () => {
  it("serves its PDF while issued, and answers 410 Gone in Vietnamese once revoked", async () => {
    const invitation = await issuedInvitation(2_100);
    const issued = await downloadPdf(invitation);
    expect(issued.status).toBe(200);
    expect(issued.headers.get("content-type")).toBe("application/pdf");
    await store.revokeInvitation(database.db, invitation.id, "Thay đổi thành phần", ACTOR);
    const revoked = await downloadPdf(invitation);
    expect(revoked.status).toBe(410);
    expect(revoked.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await revoked.text()).toContain("Giấy mời này đã được thu hồi nên không còn tải về được");
  });
});

describe("the reply period", () => {
  it("keeps the link working until midnight after the 30th day following the edition, then closes it", async () => {
    const invitation = await issuedInvitation(2_200);
    const closes = await closingInstant();
    process.env.PORTAL_CLOCK = new Date(closes.getTime() - 60_000).toISOString();
    expect(await access.inviteeAccess(database.db, invitation.id)).toEqual({ state: "open" });
    expect((await downloadPdf(invitation)).status).toBe(200);

    process.env.PORTAL_CLOCK = closes.toISOString();
    const closed = await access.inviteeAccess(database.db, invitation.id);
    expect(closed).toMatchObject({ state: "closed" });
    const gone = await downloadPdf(invitation);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toMatch(/Thời hạn phản hồi giấy mời này đã kết thúc vào ngày \d{2}\/\d{2}\/\d{4}/);
    await expect(replies.answerInvitation(database.db, invitation.id, { answer: "attend", consent: "on" })).rejects.toMatchObject({
      code: "INVALID_STATE",
      details: { reason: "replyClosed" },
    });
    await expect(replies.answerInvitation(database.db, invitation.id, { answer: "decline" })).rejects.toMatchObject({ details: { reason: "replyClosed" } });
    const row = await database.db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { response: true, registrationId: true } });
    expect(row).toEqual({ response: "PENDING", registrationId: null });
  });
});

describe("a substitute's e-mail", () => {
  it.each(["ACTIVE", "CANCELLED"] as const)("never takes over or changes an existing %s registration with that address", async (status) => {
    const email = `nguoi.khac.${status.toLowerCase()}@quangngai.gov.vn`;
    const other = await service.registerDelegate(database.db, { year: 2025, input: delegateInput(2_300, ["le-khai-mac"], { email }), noticeVersion: "test-notice" });
    if (other.status !== "created") throw new Error("expected a registration");
    if (status === "CANCELLED") await service.cancelRegistration(database.db, other.registration.id);
    const snapshot = () =>
      database.db.registration.findUniqueOrThrow({
        where: { id: other.registration.id },
        select: { status: true, fullName: true, manageTokenHash: true, manageLinkVersion: true, cancelledAt: true, seats: { select: { status: true, source: true } } },
      });
    const before = await snapshot();
    const outboxBefore = await database.db.outboxMessage.count({ where: { registrationId: other.registration.id } });
    const invitation = await issuedInvitation(status === "ACTIVE" ? 2_400 : 2_500);

    await expect(
      replies.answerInvitation(database.db, invitation.id, {
        answer: "substitute",
        consent: "on",
        substituteName: "Người Đi Thay",
        substitutePosition: "Chuyên viên",
        substituteEmail: email,
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", details: { reason: "substituteEmailTaken" } });

    expect(await snapshot()).toEqual(before);
    expect(await database.db.outboxMessage.count({ where: { registrationId: other.registration.id } })).toBe(outboxBefore);
    expect((await service.findRegistrationByManageToken(database.db, other.manageToken))?.id).toBe(other.registration.id);
    const row = await database.db.invitation.findUniqueOrThrow({ where: { id: invitation.id }, select: { response: true, registrationId: true, substituteEmail: true } });
    expect(row).toEqual({ response: "PENDING", registrationId: null, substituteEmail: null });
  });

  it("the invitee's own earlier registration is taken up again with the link it already has", async () => {
    const invitation = await issuedInvitation(2_600);
    const own = invitee(2_600).email!;
    const earlier = await service.registerDelegate(database.db, { year: 2025, input: delegateInput(2_600, ["le-khai-mac"], { email: own }), noticeVersion: "test-notice" });
    if (earlier.status !== "created") throw new Error("expected a registration");
    await service.cancelRegistration(database.db, earlier.registration.id);
    const outcome = await replies.answerInvitation(database.db, invitation.id, { answer: "attend", consent: "on" });
    if (outcome.answer === "decline") throw new Error("expected an attendance");
    expect(outcome.registrationId).toBe(earlier.registration.id);
    expect(outcome.manageToken).toBe(earlier.manageToken);
    expect((await service.findRegistrationByManageToken(database.db, earlier.manageToken))?.status).toBe("ACTIVE");
  });
});
