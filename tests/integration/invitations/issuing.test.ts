import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../../../lib/db-client";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { ACTOR, DRAFT, invitee, readPdf, sessionIds, useServerEnv } from "./helpers";

// Issuing: numbers from the register of UBND tỉnh, gap-free and duplicate-free even when officers
// issue at the same moment; a frozen document that later edits of the programme do not rewrite.

/** A date before the 2025 Week, so that the invited sessions have not ended. */
const BEFORE_THE_WEEK = new Date("2025-09-05T02:00:00Z");

let database: TestDatabase;
let store: typeof import("@/lib/invitations/store");
let delivery: typeof import("@/lib/invitations/delivery-store");

async function proposedBatch(db: Database, size: number, offset: number, slugs = ["le-khai-mac"]) {
  const { id } = await store.createBatch(db, { ...DRAFT, sessionIds: await sessionIds(db, slugs) }, ACTOR);
  await store.addInvitees(db, id, Array.from({ length: size }, (_, index) => invitee(offset + index)), ACTOR);
  await store.proposeBatch(db, id, ACTOR);
  return id;
}

async function numbersOf(batchId: string) {
  const rows = await database.db.invitation.findMany({ where: { batchId }, select: { number: true }, orderBy: { number: "asc" } });
  return rows.map((row) => row.number);
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  useServerEnv(database.url);
  store = await import("@/lib/invitations/store");
  delivery = await import("@/lib/invitations/delivery-store");
});

afterAll(async () => {
  await database?.drop();
});

describe("issuing a batch", () => {
  it("gives each invitee the next number of the register, as Số: n/GM-UBND", async () => {
    const batchId = await proposedBatch(database.db, 3, 0);
    const outcome = await store.issueBatch(database.db, batchId, ACTOR, new Date("2025-09-05T02:00:00Z"));
    expect(outcome).toMatchObject({ count: 3, first: 1, last: 3, year: 2025 });
    expect(await numbersOf(batchId)).toEqual([1, 2, 3]);
    const batch = await database.db.invitationBatch.findUniqueOrThrow({ where: { id: batchId }, select: { status: true } });
    expect(batch.status).toBe("ISSUED");
  });

  it("refuses a batch that was not proposed, and a second issue of the same batch", async () => {
    const { id } = await store.createBatch(database.db, { ...DRAFT, sessionIds: await sessionIds(database.db, ["le-khai-mac"]) }, ACTOR);
    await store.addInvitees(database.db, id, [invitee(900)], ACTOR);
    await expect(store.issueBatch(database.db, id, ACTOR)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await store.proposeBatch(database.db, id, ACTOR);
    const both = await Promise.allSettled([store.issueBatch(database.db, id, ACTOR, BEFORE_THE_WEEK), store.issueBatch(database.db, id, ACTOR, BEFORE_THE_WEEK)]);
    expect(both.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(both.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "INVALID_STATE" } });
    expect(await numbersOf(id)).toHaveLength(1);
  });

  it("keeps the sequence gap-free and duplicate-free when four officers issue at the same moment", async () => {
    const before = await database.db.invitation.aggregate({ _max: { number: true }, where: { year: 2025 } });
    const sizes = [40, 25, 1, 60];
    const batches: string[] = [];
    for (const [index, size] of sizes.entries()) batches.push(await proposedBatch(database.db, size, 1_000 * (index + 1)));
    // One connection pool per officer, so the transactions really run side by side.
    const officers = batches.map(() => createPrismaClient(database.url));
    try {
      await Promise.all(batches.map((batchId, index) => store.issueBatch(officers[index]!, batchId, ACTOR, new Date("2025-09-06T03:00:00Z"))));
    } finally {
      await Promise.all(officers.map((officer) => officer.$disconnect()));
    }
    const start = (before._max.number ?? 0) + 1;
    const all = (await Promise.all(batches.map(numbersOf))).flat().sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 126 }, (_, index) => start + index));
    // Each batch got one consecutive run of numbers.
    for (const batchId of batches) {
      const numbers = await numbersOf(batchId);
      expect(numbers.at(-1)! - numbers[0]!).toBe(numbers.length - 1);
    }
    const counter = await database.db.invitationNumberCounter.findFirstOrThrow({ where: { year: 2025 } });
    expect(counter.lastNumber).toBe(start + 125);
  });
});

describe("the letter's number, addressee and date", () => {
  it("prints a number below 10 with a leading zero and a salutation typed into the name once", async () => {
    const { invitationSchemas } = await import("@/lib/invitations/schema");
    const typed = invitationSchemas.invitee.parse({ fullName: "Ông Lê Văn Hùng", position: "Chủ tịch", organization: "UBND xã Tịnh Khê", email: "hung.le@quangngai.gov.vn" });
    const { id } = await store.createBatch(database.db, { ...DRAFT, sessionIds: await sessionIds(database.db, ["le-khai-mac"]) }, ACTOR);
    await store.addInvitees(database.db, id, [typed], ACTOR);
    await store.proposeBatch(database.db, id, ACTOR);
    // Issued in December 2024: the first number of that year's register.
    await store.issueBatch(database.db, id, ACTOR, new Date("2024-12-20T02:00:00Z"));
    const invitation = await database.db.invitation.findFirstOrThrow({ where: { batchId: id }, select: { id: true, number: true, year: true } });
    expect(invitation).toMatchObject({ number: 1, year: 2024 });
    const { flat, lines } = readPdf((await delivery.issuedPdf(database.db, invitation.id)).pdf);
    expect(lines[2]).toMatch(/^Số: 01\/GM-UBND\s+Quảng Ngãi, ngày 20 tháng 12 năm 2024$/);
    expect(flat).toContain("Ông Lê Văn Hùng – Chủ tịch, UBND xã Tịnh Khê");
    expect(flat.match(/Ông/g)).toHaveLength(1);
  });

  it("refuses to issue once an invited session has ended, and takes no number", async () => {
    const batchId = await proposedBatch(database.db, 2, 7_000);
    const counter = async () => (await database.db.invitationNumberCounter.findFirst({ where: { year: 2025 } }))?.lastNumber;
    const before = await counter();
    await expect(store.issueBatch(database.db, batchId, ACTOR, new Date("2025-09-25T12:00:00Z"))).rejects.toMatchObject({
      code: "INVALID_STATE",
      details: { reason: "SESSION_ENDED", sessions: ["Lễ khai mạc"] },
    });
    expect(await counter()).toBe(before);
    expect(await numbersOf(batchId)).toEqual([]);
    const batch = await database.db.invitationBatch.findUniqueOrThrow({ where: { id: batchId }, select: { status: true } });
    expect(batch.status).toBe("PROPOSED");
    // While the session is under way the letter may still go out (the page warns the officer).
    await store.issueBatch(database.db, batchId, ACTOR, new Date("2025-09-25T07:30:00Z"));
    expect(await numbersOf(batchId)).toHaveLength(2);
  });
});

describe("the issued document", () => {
  let batchId: string;
  let invitationId: string;

  beforeAll(async () => {
    batchId = await proposedBatch(database.db, 1, 5_000, ["le-khai-mac", "hoi-thao-hoi-tu-nguon-luc"]);
    await store.issueBatch(database.db, batchId, ACTOR, new Date("2025-09-05T02:00:00Z"));
    invitationId = (await database.db.invitation.findFirstOrThrow({ where: { batchId }, select: { id: true } })).id;
  });

  it("is an A4 Giấy mời with the Decree 30 header, the number and the invitee's name intact", async () => {
    const { pdf } = await delivery.issuedPdf(database.db, invitationId);
    const { lines, flat, pageSizes, fonts } = readPdf(pdf);
    const invitation = await database.db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { number: true } });
    expect(pageSizes.length).toBeGreaterThan(0);
    for (const size of pageSizes) expect(size).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
    // -layout keeps the two header blocks side by side on each line.
    expect(lines[0]).toMatch(/^ỦY BAN NHÂN DÂN\s+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/);
    expect(lines[1]).toMatch(/^TỈNH QUẢNG NGÃI\s+Độc lập - Tự do - Hạnh phúc$/);
    expect(lines[2]).toMatch(new RegExp(`^Số: ${String(invitation.number).padStart(2, "0")}/GM-UBND\\s+Quảng Ngãi, ngày 05 tháng 9 năm 2025$`));
    expect(lines).toContain("GIẤY MỜI");
    expect(flat).toContain("Ủy ban nhân dân tỉnh Quảng Ngãi trân trọng kính mời:");
    expect(flat).toContain("Bà Nguyễn Thị Hồng Nhung 5000 – Giám đốc, Sở Văn hóa, Thể thao và Du lịch");
    expect(flat).toContain("TM. ỦY BAN NHÂN DÂN");
    expect(flat).toContain("Trần Phước Hiền");
    expect(flat).toContain("Nơi nhận:");
    expect(flat).toContain("- Lưu: VT, KGVX.");
    // The serif is embedded (a subset), so the document looks the same on any computer.
    expect(fonts).toMatch(/Tinos\S*\s+(CID )?TrueType.*yes\s+yes/);
  });

  it("records the checksum of the PDF and renders the same bytes every time", async () => {
    const first = await delivery.issuedPdf(database.db, invitationId);
    const second = await delivery.issuedPdf(database.db, invitationId);
    expect(second.pdf.equals(first.pdf)).toBe(true);
    const stored = await database.db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { pdfSha256: true } });
    expect(stored.pdfSha256).toBe(delivery.sha256(first.pdf));
  });

  it("survives a later edit of the session: the issued text, time and place stay as issued", async () => {
    const before = await delivery.issuedPdf(database.db, invitationId);
    await database.db.session.updateMany({
      where: { slug: "le-khai-mac", edition: { year: 2025 } },
      data: { title: "Lễ khai mạc (dời lịch)", startsAt: new Date("2025-09-26T01:00:00Z"), endsAt: new Date("2025-09-26T03:00:00Z") },
    });
    await database.db.invitationBatch.update({ where: { id: batchId }, data: { subject: "Trích yếu đã sửa sau khi phát hành" } });
    const after = await delivery.issuedPdf(database.db, invitationId);
    expect(after.pdf.equals(before.pdf)).toBe(true);
    const { flat } = readPdf(after.pdf);
    expect(flat).toContain("Tới dự Lễ khai mạc.");
    expect(flat).toContain("14 giờ 00, thứ Năm, ngày 25/9/2025");
    expect(flat).not.toContain("dời lịch");
    expect(flat).not.toContain("Trích yếu đã sửa");
  });

  it("keeps a revoked invitation's number used; inviting again takes a new number", async () => {
    const original = await database.db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { number: true } });
    await expect(store.reinvite(database.db, invitationId, ACTOR)).rejects.toMatchObject({ code: "INVALID_STATE" });
    await store.revokeInvitation(database.db, invitationId, "Mời nhầm người", ACTOR);
    const revoked = await database.db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { status: true, number: true, revokeReason: true } });
    expect(revoked).toEqual({ status: "REVOKED", number: original.number, revokeReason: "Mời nhầm người" });
    const counter = await database.db.invitationNumberCounter.findFirstOrThrow({ where: { year: 2025 } });
    const again = await store.reinvite(database.db, invitationId, ACTOR, new Date("2025-09-07T02:00:00Z"));
    expect(again.number).toBe(counter.lastNumber + 1);
    await expect(store.reinvite(database.db, invitationId, ACTOR, BEFORE_THE_WEEK)).rejects.toMatchObject({ code: "CONFLICT" });
    const audit = await database.db.auditLog.findMany({ where: { entityType: "Invitation" }, select: { action: true } });
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(["invitation.revoke", "invitation.reissue"]));
  });
});
