import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exhibitorApplicationSchema } from "@/lib/exhibition/schema";
import { closeMailTransports } from "@/lib/mail/send";
import { useServerEnv } from "../../setup/server-env";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Accepting an exhibitor application publishes a booth. The applicant consented to their own name,
// e-mail and phone being used for review, allocation and contact only: none of it may reach the public
// booth page's data, the directory, or the sitemap. Only the organisation's contacts the applicant chose
// to publish, with that consent, are shown.

let database: TestDatabase;
let sink: SmtpSink;
let actor: { userId: string; ip: string };
let review: typeof import("@/lib/exhibition/review-store");
let applications: typeof import("@/lib/exhibition/application-store");
let schemas: typeof import("@/lib/exhibition/admin-schema");
let data: typeof import("@/lib/exhibition/public-queries");
let sitemap: (typeof import("@/app/sitemap"))["default"];
let messages: (typeof import("@/lib/i18n/messages/vi.json"))["adminBooths"]["errors"];
const savedEnv = { ...process.env };

const unique = `${Date.now()}`.slice(-6);
const applicant = {
  contactName: `Phạm Thị Riêng Tư ${unique}`,
  email: `rieng.tu.${unique}@canhan.example.vn`,
  phone: `0912 ${unique.slice(0, 3)} ${unique.slice(3)}`,
};
/** The same phone as stored (+84…), and its bare digits, so that no spelling of it slips through. */
const phoneDigits = applicant.phone.replace(/\D/g, "").slice(1);

async function applyAndAccept(code: string, x: number, extra: Record<string, unknown>) {
  const input = exhibitorApplicationSchema.parse({
    organizationName: `Công ty Bảo mật ${code}`,
    category: "STARTUP",
    products: "Ứng dụng bản đồ số",
    ...applicant,
    consent: true,
    ...extra,
  });
  const received = await applications.receiveExhibitorApplication(database.db, input, { noticeVersion: applications.APPLICATION_NOTICE_VERSION, at: new Date() });
  if (received.status !== "received") throw new Error("application closed");
  const placement = schemas.createPlacementSchema(messages).parse({ code, x: String(x), y: "0", width: "30", height: "30" });
  const decided = await review.decideApplication(
    database.db,
    received.applicationId,
    { kind: "accept", message: "", placement },
    actor,
  );
  expect(decided).toMatchObject({ ok: true, status: "ACCEPTED", boothCode: code });
  return received.applicationId;
}

function expectNoPersonalContact(value: unknown) {
  const text = JSON.stringify(value);
  expect(text).not.toContain(applicant.contactName);
  expect(text).not.toContain(applicant.email);
  expect(text).not.toContain(phoneDigits);
}

beforeAll(async () => {
  [database, sink] = await Promise.all([createTestDatabase("seeded"), startSmtpSink()]);
  useServerEnv(database.url, sink.env);
  [review, applications, schemas, data, { default: sitemap }] = await Promise.all([
    import("@/lib/exhibition/review-store"),
    import("@/lib/exhibition/application-store"),
    import("@/lib/exhibition/admin-schema"),
    import("@/lib/exhibition/public-queries"),
    import("@/app/sitemap"),
  ]);
  messages = (await import("@/lib/i18n/messages/vi.json")).default.adminBooths.errors;
  const user = await database.db.user.create({
    data: { email: "gian.hang.bao.mat@sokhcn.example.vn", name: "Tổ chức", role: "ORGANIZER", passwordHash: "x" },
  });
  actor = { userId: user.id, ip: "127.0.0.1" };
});

afterAll(async () => {
  process.env = savedEnv;
  closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("an accepted exhibitor's booth page", () => {
  it("shows only the organisation's contacts the applicant chose to publish, never the applicant's own", async () => {
    const id = await applyAndAccept("Z71", 130, {
      publicEmail: "lienhe@baomat.example.vn",
      publicPhone: "0255 3822 123",
      publicWebsite: "https://baomat.example.vn",
      publishContacts: true,
    });

    const page = await data.getBoothIn(database.db, 2025, "Z71");
    expect(page?.booth.publicContact).toEqual({
      email: "lienhe@baomat.example.vn",
      phone: "0255 3822 123",
      website: "https://baomat.example.vn",
    });
    expectNoPersonalContact(page);
    expectNoPersonalContact(await data.listExhibitionIn(database.db, 2025));
    expectNoPersonalContact(await sitemap());

    // The consent to publish is recorded on the booth, with the date the applicant gave it.
    const application = await database.db.exhibitorApplication.findUniqueOrThrow({ where: { id }, include: { booth: true } });
    expect(application.publishConsentAt).not.toBeNull();
    expect(application.booth?.contactsPublishedAt).toEqual(application.publishConsentAt);
    // The applicant's contact stays on the application, for the organisers.
    expect(application).toMatchObject({ contactName: applicant.contactName, email: applicant.email });
  });

  it("shows no contact at all when the applicant chose to publish none", async () => {
    await applyAndAccept("Z72", 170, {});
    const page = await data.getBoothIn(database.db, 2025, "Z72");
    expect(page?.booth.publicContact).toBeNull();
    expectNoPersonalContact(page);
    const booth = await database.db.booth.findFirstOrThrow({ where: { code: "Z72" } });
    expect(booth).toMatchObject({
      contactName: null,
      contactEmail: null,
      contactPhone: null,
      website: null,
      contactsPublishedAt: null,
    });
  });

  it("keeps contacts typed by organisers private until the exhibitor's consent is recorded", async () => {
    const booth = await database.db.booth.findFirstOrThrow({ where: { code: "Z72" } });
    await database.db.booth.update({ where: { id: booth.id }, data: { contactEmail: "chua.dong.y@baomat.example.vn" } });
    expect((await data.getBoothIn(database.db, 2025, "Z72"))?.booth.publicContact).toBeNull();
    await database.db.booth.update({ where: { id: booth.id }, data: { contactsPublishedAt: new Date() } });
    expect((await data.getBoothIn(database.db, 2025, "Z72"))?.booth.publicContact?.email).toBe("chua.dong.y@baomat.example.vn");
  });
});
