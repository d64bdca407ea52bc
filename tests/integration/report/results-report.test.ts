import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatCount } from "../../../lib/i18n/numbers";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { ACTOR, DRAFT, invitee, readPdf, sessionIds, useServerEnv } from "../invitations/helpers";

// The results report read back as its readers get it: the DOCX unzipped (word/document.xml) and the
// PDF through poppler. Every figure must be the one the dashboard (/admin/statistics) shows, which
// reads loadRegistrationStatistics; the rest are checked against counts made here.

let database: TestDatabase;
let editionId: string;
let statistics: typeof import("@/lib/registration/statistics-queries");
let report: typeof import("@/lib/report/generate");
const NOW = new Date("2025-10-02T03:00:00Z");
const OPENING = "le-khai-mac";

function docxParagraphs(docx: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "report-docx-"));
  try {
    const file = path.join(dir, "report.docx");
    writeFileSync(file, docx);
    const xml = execFileSync("unzip", ["-p", file, "word/document.xml"], { encoding: "utf8" });
    const decode = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
    return xml
      .split("</w:p>")
      .map((paragraph) => decode([...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => match[1]).join("")).normalize("NFC"))
      .filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function seedDelegates() {
  const [session] = await sessionIds(database.db, [OPENING]);
  const people = [
    { group: "GOVERNMENT", province: "Quảng Ngãi", checkedIn: true },
    { group: "GOVERNMENT", province: "Quảng Ngãi", checkedIn: true },
    { group: "ENTERPRISE", province: "Đà Nẵng", checkedIn: true },
    { group: "ACADEMIA", province: "Quảng Ngãi", checkedIn: false },
    { group: "YOUTH_UNION", province: null, checkedIn: false },
  ] as const;
  const ids: string[] = [];
  for (const [index, person] of people.entries()) {
    const registration = await database.db.registration.create({
      data: { editionId, code: `QN25-RPTA${"23456789"[index]}`, group: person.group, province: person.province, fullName: `Đại biểu ${index}`, email: `bao-cao-${index}@example.vn` },
      select: { id: true },
    });
    await database.db.seat.create({ data: { registrationId: registration.id, sessionId: session!, status: "CONFIRMED", confirmedAt: NOW } });
    if (person.checkedIn) await database.db.checkIn.create({ data: { registrationId: registration.id, sessionId: session! } });
    ids.push(registration.id);
  }
  await database.db.registration.create({ data: { editionId, code: "QN25-RPTZZ", group: "OTHER", status: "CANCELLED", fullName: "Người hủy", email: "huy@example.vn", cancelledAt: NOW } });
  return ids;
}

async function seedInvitations(checkedInRegistration: string) {
  const store = await import("@/lib/invitations/store");
  const batch = await store.createBatch(database.db, { ...DRAFT, sessionIds: await sessionIds(database.db, [OPENING]) }, ACTOR);
  await store.addInvitees(database.db, batch.id, [invitee(1), invitee(2), invitee(3)], ACTOR);
  await store.proposeBatch(database.db, batch.id, ACTOR);
  await store.issueBatch(database.db, batch.id, ACTOR, new Date("2025-09-05T02:00:00Z"));
  const invitations = await database.db.invitation.findMany({ where: { batchId: batch.id }, select: { id: true }, orderBy: { number: "asc" } });
  await database.db.invitation.update({ where: { id: invitations[0]!.id }, data: { response: "ACCEPTED", registrationId: checkedInRegistration } });
  await database.db.invitation.update({ where: { id: invitations[1]!.id }, data: { response: "SUBSTITUTED" } });
  await database.db.invitation.update({ where: { id: invitations[2]!.id }, data: { response: "DECLINED" } });
}

async function seedPress() {
  const [session] = await sessionIds(database.db, [OPENING]);
  const journalist = (index: number, outlet: string, status: "APPROVED" | "PENDING") =>
    database.db.pressAccreditation.create({
      data: { editionId, fullName: `Phóng viên ${index}`, outlet, cardNumber: `TTX-${index}`, email: `pv${index}@bao.vn`, phone: "0912345678", status, passCode: status === "APPROVED" ? `BC25-RPTA${"23456789"[index]}` : null, consentNoticeVersion: "1", consentedAt: NOW },
      select: { id: true },
    });
  const first = await journalist(1, "Báo Quảng Ngãi", "APPROVED");
  await journalist(2, "Báo Quảng Ngãi", "APPROVED");
  await journalist(3, "Đài PT-TH Quảng Ngãi", "APPROVED");
  await journalist(4, "Báo Thanh Niên", "PENDING");
  await database.db.checkIn.create({ data: { accreditationId: first.id, sessionId: session! } });
  await database.db.newsPost.create({ data: { editionId, slug: "tong-ket-tuan-le", title: "Tổng kết Tuần lễ", body: "Nội dung", status: "PUBLISHED", publishAt: new Date("2025-10-01T01:00:00Z") } });
  await database.db.newsPost.create({ data: { editionId, slug: "tin-hen-gio", title: "Tin hẹn giờ", body: "Nội dung", status: "PUBLISHED", publishAt: new Date("2025-12-01T01:00:00Z") } });
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  useServerEnv(database.url);
  editionId = (await database.db.edition.findFirstOrThrow({ where: { isCurrent: true }, select: { id: true } })).id;
  statistics = await import("@/lib/registration/statistics-queries");
  report = await import("@/lib/report/generate");
});

afterAll(async () => {
  await database?.drop();
});

describe("the results report", () => {
  it("prints the heading, the title and the dashboard's figures in both the DOCX and the PDF", async () => {
    const before = await statistics.loadRegistrationStatistics(database.db, editionId);
    const registrations = await seedDelegates();
    await seedInvitations(registrations[0]!);
    await seedPress();
    const [openingId] = await sessionIds(database.db, [OPENING]);
    for (const rating of [4, 5, 5]) await database.db.sessionFeedback.create({ data: { sessionId: openingId!, rating, comment: rating === 4 ? "Cần thêm thời gian thảo luận." : null } });
    const { saveNarrative } = await import("@/lib/report/store");
    await saveNarrative(
      database.db,
      editionId,
      {
        number: "125/BC-SKHCN",
        issuerParent: "Ủy ban nhân dân tỉnh Quảng Ngãi",
        issuerName: "Sở Khoa học và Công nghệ",
        signerTitle: "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC",
        signerName: "Nguyễn Văn Thành",
        recipients: "Bộ Khoa học và Công nghệ\nUBND tỉnh\nLưu: VT",
        assessment: "Tuần lễ được tổ chức chu đáo, an toàn, đúng kế hoạch.",
        lessons: "Cần chuẩn bị sớm danh sách khách mời.",
        proposals: "Đề nghị duy trì tổ chức hằng năm.",
      },
      ACTOR,
    );

    const dashboard = await statistics.loadRegistrationStatistics(database.db, editionId);
    // The seeded rows are really counted, so the figures below are not just the report agreeing with itself.
    expect(dashboard.totals.active - before.totals.active).toBe(5);
    expect(dashboard.totals.cancelled - before.totals.cancelled).toBe(1);
    expect(dashboard.totals.checkedIn - before.totals.checkedIn).toBe(3);
    expect(dashboard.totals.pressCheckedIn - before.totals.pressCheckedIn).toBe(1);

    const booths = await database.db.booth.count({ where: { editionId, status: "PUBLISHED" } });
    const exhibitors = new Set((await database.db.booth.findMany({ where: { editionId, status: "PUBLISHED" }, select: { exhibitorName: true } })).map((row) => row.exhibitorName)).size;
    const accredited = await database.db.pressAccreditation.count({ where: { editionId, status: "APPROVED" } });
    const outlets = new Set((await database.db.pressAccreditation.findMany({ where: { editionId, status: "APPROVED" }, select: { outlet: true } })).map((row) => row.outlet)).size;
    const news = await database.db.newsPost.count({ where: { editionId, status: "PUBLISHED", OR: [{ publishAt: null }, { publishAt: { lte: NOW } }] } });
    const issued = await database.db.invitation.count({ where: { status: "ISSUED", batch: { editionId } } });
    const n = (value: number) => formatCount(value, "vi");
    const expected = [
      `Tổng số đại biểu đăng ký: ${n(dashboard.totals.active)}; đại biểu đã check-in: ${n(dashboard.totals.checkedIn)}; nhà báo đã check-in: ${n(dashboard.totals.pressCheckedIn)}; đăng ký đã hủy: ${n(dashboard.totals.cancelled)}.`,
      `Số giấy mời đã phát hành: ${n(issued)}; nhận lời tham dự: 2; có mặt: 1.`,
      `Tổng số gian hàng: ${n(booths)}; đơn vị trưng bày: ${n(exhibitors)}.`,
      `Phóng viên được cấp thẻ tác nghiệp: ${n(accredited)}; cơ quan báo chí: ${n(outlets)}; phóng viên đã check-in: ${n(dashboard.totals.pressCheckedIn)}; tin bài đã đăng trên Cổng thông tin: ${n(news)}.`,
    ];
    expect(issued).toBe(3);
    const ratings = (await database.db.sessionFeedback.findMany({ where: { session: { editionId } }, select: { rating: true } })).map((row) => row.rating);
    expect(ratings.sort()).toEqual([4, 5, 5]);
    expected.push("Số ý kiến nhận được: 3; điểm đánh giá trung bình: 4,7/5.");

    const docx = docxParagraphs(Buffer.from((await report.generateReport(database.db, editionId, "docx", NOW)).content));
    const pdf = readPdf(Buffer.from((await report.generateReport(database.db, editionId, "pdf", NOW)).content));
    // A line may break after the hyphen of "check-in": read it back as one word, as a reader does.
    const pdfText = pdf.flat.replace(/(\S)- (\S)/g, "$1-$2");
    const docxText = docx.join("\n");

    for (const text of [docxText, pdfText]) {
      for (const heading of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Số: 125/BC-SKHCN", "Quảng Ngãi, ngày 02 tháng 10 năm 2025", "BÁO CÁO", "Nơi nhận:"]) {
        expect(text).toContain(heading);
      }
      expect(text).toContain("Kết quả tổ chức Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025");
      expect(text).toContain("Tuần lễ được tổ chức chu đáo, an toàn, đúng kế hoạch.");
      expect(text).toContain("Đề nghị duy trì tổ chức hằng năm.");
    }
    // Sentences are whole paragraphs in the DOCX; the PDF may wrap them, so it is compared flattened.
    for (const sentence of expected) {
      expect(docx).toContain(sentence);
      expect(pdfText).toContain(sentence);
    }
    // Per group and per province, as the dashboard's tables list them.
    const groupLabels: Record<string, string> = (await import("../../../lib/i18n/messages/vi.json")).delegateGroup;
    const groupRows = docxRows(docx, dashboard.groups.map((row) => groupLabels[row.key]!));
    expect(groupRows).toEqual(dashboard.groups.map((row) => `${groupLabels[row.key]}${n(row.count)}`));
    const provinceLabels = dashboard.provinces.map((row) => row.key || "Chưa ghi");
    expect(docxRows(docx, provinceLabels)).toEqual(dashboard.provinces.map((row, index) => `${provinceLabels[index]}${n(row.count)}`));
    const opening = dashboard.sessions.find((row) => row.title.startsWith("Lễ khai mạc"))!;
    expect(opening.confirmed - (before.sessions.find((row) => row.id === opening.id)?.confirmed ?? 0)).toBe(5);
    expect(docx.some((line) => line.startsWith(opening.title))).toBe(true);
    expect(docx).toEqual(expect.arrayContaining([n(opening.confirmed), n(opening.checkedIn)]));
    expect(pdf.fonts).not.toMatch(/Type 3/);
    expect(pdf.pageSizes[0]).toMatch(/^595\.\d+ x 841\.\d+/);
  });
});

/** The label cell and the count cell of each row whose label is given, joined: `Cơ quan nhà nước2`. */
function docxRows(paragraphs: string[], labels: string[]): string[] {
  return labels.map((label) => {
    const at = paragraphs.indexOf(label);
    return at < 0 ? "" : `${label}${paragraphs[at + 1]}`;
  });
}
