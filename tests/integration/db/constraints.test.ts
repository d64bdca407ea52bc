import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../lib/db-client";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Each rule must hold whatever code writes the row, so each test goes past the application and
// asserts that PostgreSQL itself refused, naming the constraint that did it.

type PostgresCause = { originalCode?: string; originalMessage?: string };
type Refusal = { sqlState: "23505" | "23514"; constraint: string; prismaCode?: string };

const UNIQUE_VIOLATION = "23505";
const CHECK_VIOLATION = "23514";

async function expectRefusal(write: Promise<unknown>, expected: Refusal) {
  const error = await write.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, `the database accepted a write that ${expected.constraint} should refuse`).toBeDefined();
  const failure = error as { code?: string; meta?: { driverAdapterError?: { cause?: PostgresCause } } };
  const cause = failure.meta?.driverAdapterError?.cause;
  expect(cause?.originalCode).toBe(expected.sqlState);
  expect(cause?.originalMessage).toContain(`"${expected.constraint}"`);
  if (expected.prismaCode) expect(failure.code).toBe(expected.prismaCode);
}

let sequence = 0;

function registerDelegate(db: Database, editionId: string, email: string) {
  sequence++;
  return db.registration.create({
    data: { editionId, code: `QN-TEST${String(sequence).padStart(4, "0")}`, fullName: "Nguyễn Văn An", email, group: "GOVERNMENT" },
  });
}

describe("database rules", () => {
  let database: TestDatabase;
  let edition2025: { id: string; leadUnitId: string | null };
  let edition2023: { id: string };

  beforeAll(async () => {
    database = await createTestDatabase("seeded");
    edition2025 = await database.db.edition.findUniqueOrThrow({ where: { year: 2025 } });
    edition2023 = await database.db.edition.findUniqueOrThrow({ where: { year: 2023 } });
  });

  afterAll(async () => {
    await database?.drop();
  });

  function findSession(slug: string) {
    return database.db.session.findUniqueOrThrow({ where: { editionId_slug: { editionId: edition2025.id, slug } } });
  }

  it("refuses a session that ends before it starts", async () => {
    const opening = await findSession("le-khai-mac");
    const write = database.db.session.create({
      data: {
        editionId: edition2025.id,
        slug: "phien-nguoc-gio",
        type: "WORKSHOP",
        title: "Phiên kết thúc trước khi bắt đầu",
        startsAt: new Date("2025-09-25T07:00:00Z"),
        endsAt: new Date("2025-09-25T06:00:00Z"),
        leadUnitId: opening.leadUnitId,
      },
    });
    await expectRefusal(write, { sqlState: CHECK_VIOLATION, constraint: "sessions_ends_after_start" });
  });

  it("refuses a second registration with the same e-mail in one edition", async () => {
    await registerDelegate(database.db, edition2025.id, "an.nguyen@example.vn");
    await expectRefusal(registerDelegate(database.db, edition2025.id, "an.nguyen@example.vn"), {
      sqlState: UNIQUE_VIOLATION,
      constraint: "registrations_edition_id_email_key",
      prismaCode: "P2002",
    });
  });

  it("accepts the same e-mail in another edition", async () => {
    await registerDelegate(database.db, edition2025.id, "binh.tran@example.vn");
    const other = await registerDelegate(database.db, edition2023.id, "binh.tran@example.vn");
    expect(other.editionId).toBe(edition2023.id);
  });

  it("refuses to count more seats taken than the session holds", async () => {
    const opening = await findSession("le-khai-mac");
    await database.db.$executeRaw`UPDATE sessions SET seats_taken = capacity WHERE id = ${opening.id}::uuid`;
    await expectRefusal(database.db.$executeRaw`UPDATE sessions SET seats_taken = capacity + 1 WHERE id = ${opening.id}::uuid`, {
      sqlState: CHECK_VIOLATION,
      constraint: "sessions_seats_within_capacity",
    });
    await database.db.$executeRaw`UPDATE sessions SET seats_taken = 0 WHERE id = ${opening.id}::uuid`;
  });

  it("refuses two seats for one registration in one session", async () => {
    const conference = await findSession("hoi-thao-hoi-tu-nguon-luc");
    const delegate = await registerDelegate(database.db, edition2025.id, "chi.le@example.vn");
    const seat = { registrationId: delegate.id, sessionId: conference.id, status: "WAITLISTED" as const };
    await database.db.seat.create({ data: seat });
    await expectRefusal(database.db.seat.create({ data: seat }), {
      sqlState: UNIQUE_VIOLATION,
      constraint: "seats_registration_id_session_id_key",
      prismaCode: "P2002",
    });
  });

  it("refuses two invitations with the same number in one register and year, but not in the next year", async () => {
    const register = await database.db.invitationRegister.findUniqueOrThrow({ where: { symbol: "GM-UBND" } });
    const batch = await database.db.invitationBatch.create({
      data: {
        editionId: edition2025.id,
        registerId: register.id,
        subject: "Dự Lễ khai mạc Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025",
        body: "Ủy ban nhân dân tỉnh Quảng Ngãi trân trọng kính mời …",
        signerAuthority: "TM. ỦY BAN NHÂN DÂN",
        signerTitle: "PHÓ CHỦ TỊCH",
        signerName: "Nguyễn Văn Bình",
      },
    });
    const invitee = await database.db.invitee.create({ data: { batchId: batch.id, fullName: "Trần Thị Cúc" } });
    const invitation = (year: number, { number = 125, live = true } = {}) => ({
      batchId: batch.id,
      inviteeId: invitee.id,
      registerId: register.id,
      year,
      number,
      snapshot: {},
      pdfSha256: "a".repeat(64),
      ...(live ? {} : { status: "REVOKED" as const, revokedAt: new Date(), revokeReason: "Mời lại với số mới" }),
    });
    await database.db.invitation.create({ data: invitation(2025) });
    await expectRefusal(database.db.invitation.create({ data: invitation(2025, { live: false }) }), {
      sqlState: UNIQUE_VIOLATION,
      constraint: "invitations_register_id_year_number_key",
      prismaCode: "P2002",
    });
    await expect(database.db.invitation.create({ data: invitation(2026, { live: false }) })).resolves.toMatchObject({ number: 125 });
    // One live invitation per invitee: inviting again means revoking first.
    await expectRefusal(database.db.invitation.create({ data: invitation(2026, { number: 126 }) }), {
      sqlState: UNIQUE_VIOLATION,
      constraint: "invitations_one_issued_per_invitee",
      prismaCode: "P2002",
    });
  });

  it("refuses a second current edition", async () => {
    await expectRefusal(database.db.edition.update({ where: { year: 2023 }, data: { isCurrent: true } }), {
      sqlState: UNIQUE_VIOLATION,
      constraint: "editions_single_current",
      prismaCode: "P2002",
    });
  });

  it("refuses a negative capacity for a session or a venue", async () => {
    const exhibition = await findSession("trien-lam-cong-nghe-so");
    await expectRefusal(database.db.session.update({ where: { id: exhibition.id }, data: { capacity: -1 } }), {
      sqlState: CHECK_VIOLATION,
      constraint: "sessions_capacity_non_negative",
    });
    await expectRefusal(database.db.venue.update({ where: { slug: "xa-mang-den" }, data: { capacity: -1 } }), {
      sqlState: CHECK_VIOLATION,
      constraint: "venues_capacity_non_negative",
    });
  });
  it("refuses a seat that joins a registration of one edition to a session of another", async () => {
    const delegate2023 = await registerDelegate(database.db, edition2023.id, "dai.bieu.2023@example.vn");
    const conference2025 = await findSession("hoi-thao-hoi-tu-nguon-luc");
    await expectRefusal(
      database.db.seat.create({ data: { registrationId: delegate2023.id, sessionId: conference2025.id, status: "WAITLISTED" } }),
      { sqlState: CHECK_VIOLATION, constraint: "seats_same_edition" },
    );
  });

  it("refuses to make a draft edition the current one", async () => {
    await database.db.edition.update({ where: { year: 2025 }, data: { isCurrent: false } });
    await expectRefusal(database.db.edition.update({ where: { year: 2025 }, data: { status: "DRAFT", isCurrent: true } }), {
      sqlState: CHECK_VIOLATION,
      constraint: "editions_current_is_public",
    });
    await database.db.edition.update({ where: { year: 2025 }, data: { isCurrent: true } });
  });
});
