import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { delegateBody } from "../../fixtures/registration";
import { sendQueuedMail } from "../../setup/mail-worker";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The JSON API as an integration calls it: the route handler itself, on a real database, its
// e-mails queued in the outbox (and, where the test needs what they say, written to a folder).

// Outside `next start` there is no page cache: record which public pages a registration marks stale.
const revalidated = vi.hoisted(() => [] as string[]);

// (Their expiry on every instance needs Next's request context, which a direct call to the handler lacks.)
vi.mock("@/lib/http/public-pages", () => ({ revalidatePublicPages: (pages: readonly string[]) => void revalidated.push(...pages) }));

const outbox = mkdtempSync(path.join(tmpdir(), "qn-api-outbox-"));

const BASE_URL = "https://tuanle.example.vn";
const SESSION = "hoi-thao-chuyen-doi-so-du-lich";
let database: TestDatabase;
let POST: (request: Request, context: { params: Promise<{ year: string }> }) => Promise<Response>;
let nextIp = 1;

function call(body: unknown, options: { year?: string; headers?: Record<string, string>; ip?: string; raw?: boolean } = {}) {
  const headers = new Headers({
    "content-type": "application/json",
    "x-forwarded-for": options.ip ?? `203.0.113.${nextIp++}`,
    ...options.headers,
  });
  const request = new Request(`${BASE_URL}/api/v1/editions/${options.year ?? "2025"}/registrations`, {
    method: "POST",
    headers,
    body: options.raw ? (body as string) : JSON.stringify(body),
  });
  return POST(request, { params: Promise.resolve({ year: options.year ?? "2025" }) });
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  vi.stubEnv("DATABASE_URL", database.url);
  vi.stubEnv("PUBLIC_BASE_URL", BASE_URL);
  vi.stubEnv("TICKET_SIGNING_SECRET", "t".repeat(40));
  vi.stubEnv("AUTH_SECRET", "a".repeat(40));
  vi.stubEnv("REGISTRATION_RATE_LIMIT", "3");
  vi.stubEnv("REGISTRATION_RATE_WINDOW_SECONDS", "120");
  ({ POST } = await import("@/app/api/v1/editions/[year]/registrations/route"));
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database?.drop();
  vi.unstubAllEnvs();
  rmSync(outbox, { recursive: true, force: true });
});

describe("POST /api/v1/editions/{year}/registrations", () => {
  it("201: registers, answers the code, the seats and the manage link, and sends the confirmation", async () => {
    const response = await call(delegateBody(1, [SESSION, "toa-dam-hien-ke"]));
    expect(response.status).toBe(201);
    expect(response.headers.get("content-type")).toContain("application/json");
    const body = await response.json();
    expect(body.code).toMatch(/^QN25-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
    expect(body.seats).toEqual([
      { session: SESSION, status: "confirmed" },
      { session: "toa-dam-hien-ke", status: "confirmed" },
    ]);
    expect(body.manageUrl).toMatch(new RegExp(`^${BASE_URL}/my-registration/[A-Za-z0-9_-]{43}$`));
    const stored = await database.db.registration.findUniqueOrThrow({
      where: { code: body.code },
      select: { id: true, email: true, phone: true },
    });
    expect(stored).toMatchObject({ email: "doanh.nghiep.1@example.vn", phone: "+84905123456" });
    // The confirmation, with the link the answer gives, was queued with the registration.
    const queued = await database.db.outboxMessage.findMany({ where: { registrationId: stored.id }, select: { kind: true, recipient: true, payload: true } });
    expect(queued).toEqual([{ kind: "registration.confirmation", recipient: stored.email, payload: { manageToken: body.manageUrl.split("/").pop() } }]);
    // The seats left on both session pages, in both languages, and on the form are refreshed at once.
    expect(revalidated).toEqual(
      expect.arrayContaining([
        `/vi/sessions/${SESSION}`,
        `/en/sessions/${SESSION}`,
        "/vi/sessions/toa-dam-hien-ke",
        "/en/sessions/toa-dam-hien-ke",
        "/[locale]/(public)/register",
      ]),
    );
  });

  it("409: the same e-mail again, in any case, mails the existing manage link to that address (once a day) and shows none", async () => {
    const first = await (await call(delegateBody(2, [SESSION]))).json();
    const response = await call(delegateBody(2, [SESSION], { email: "  DOANH.nghiep.2@example.vn" }));
    expect(response.status).toBe(409);
    const text = await response.text();
    expect(text).not.toContain("my-registration");
    expect(JSON.parse(text).error).toContain("đã được đăng ký");
    // A third attempt the same day still answers 409, and queues no second e-mail.
    expect((await call(delegateBody(2, [SESSION]))).status).toBe(409);
    const registration = await database.db.registration.findUniqueOrThrow({ where: { code: first.code }, select: { id: true } });
    const queued = await database.db.outboxMessage.findMany({ where: { registrationId: registration.id }, orderBy: { createdAt: "asc" }, select: { kind: true } });
    expect(queued.map((row) => row.kind)).toEqual(["registration.confirmation", "registration.manage-link"]);
    await sendQueuedMail(database.db, { settings: () => ({ kind: "outbox", from: "no-reply@tuanle.example.vn", directory: outbox }) });
    const mails = await Promise.all(readdirSync(outbox).map((file) => simpleParser(readFileSync(path.join(outbox, file)))));
    const linkMail = mails.find((mail) => mail.subject?.startsWith(`Đường dẫn quản lý đăng ký ${first.code}`))?.text ?? "";
    expect(linkMail).toContain("Ông/Bà đã đăng ký từ trước nên không có đăng ký mới nào được tạo");
    // The link sent is the one shown at registration, which keeps working.
    const token = /\/my-registration\/([A-Za-z0-9_-]{43})/.exec(linkMail)?.[1];
    expect(token).toBe(first.manageUrl.split("/").pop());
    const { findRegistrationByManageToken } = await import("@/lib/registration/delegate-store");
    expect((await findRegistrationByManageToken(database.db, token!))?.id).toBe(registration.id);
  });

  it("422: explains each invalid field in Vietnamese, including the missing consent and a filled honeypot", async () => {
    const response = await call(
      delegateBody(3, [SESSION], { email: "khong-hop-le", phone: "123", consents: { registration: false }, website: "spam" }),
    );
    expect(response.status).toBe(422);
    const { errors } = await response.json();
    expect(Object.keys(errors).sort()).toEqual(["consents.registration", "email", "phone", "website"]);
    expect(errors["consents.registration"][0]).toMatch(/^Ông\/Bà cần đồng ý/);
  });

  it("422: names sessions that are not open for registration", async () => {
    const response = await call(delegateBody(4, ["trien-lam-cong-nghe-so"]));
    expect(response.status).toBe(422);
    expect((await response.json()).errors.sessions[0]).toContain("trien-lam-cong-nghe-so");
  });

  it("400 for malformed JSON, 415 for another content type, 413 for an oversized body", async () => {
    expect((await call("{ fullName: ", { raw: true })).status).toBe(400);
    expect((await call(new Uint8Array([0x7b, 0xff, 0x7d]) as unknown as string, { raw: true })).status).toBe(400);
    expect((await call(delegateBody(5, [SESSION]), { headers: { "content-type": "text/plain" } })).status).toBe(415);
    const huge = delegateBody(5, [SESSION], { position: "x".repeat(20_000) });
    const response = await call(huge);
    expect(response.status).toBe(413);
    expect((await response.json()).error).toContain("16 KB");
    // Refused on the announced size alone, before reading anything.
    expect((await call(delegateBody(5, [SESSION]), { headers: { "content-length": "1048576" } })).status).toBe(413);
    // Without a Content-Length the reader still stops at the limit.
    const stream = new ReadableStream({
      start: (controller) => {
        controller.enqueue(new TextEncoder().encode(JSON.stringify(huge)));
        controller.close();
      },
    });
    const chunked = new Request(`${BASE_URL}/api/v1/editions/2025/registrations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect((await POST(chunked, { params: Promise.resolve({ year: "2025" }) })).status).toBe(413);
  });

  it("404 with a JSON body for an edition that does not exist", async () => {
    for (const year of ["2031", "abcd", "20255"]) {
      const response = await call(delegateBody(6, [SESSION]), { year });
      expect(response.status).toBe(404);
      expect((await response.json()).error).toBeTruthy();
    }
  });

  it("403 for a browser request from another site; same-site and server-to-server calls pass", async () => {
    expect((await call(delegateBody(7, [SESSION]), { headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await call(delegateBody(7, [SESSION]), { headers: { origin: BASE_URL } })).status).toBe(201);
  });

  it("429 with Retry-After once an address has used up its requests, counting in the database", async () => {
    const ip = "198.51.100.7";
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(delegateBody(100 + i, [SESSION]), { ip })).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    // A client that invents a first X-Forwarded-For hop is still known by the one the proxy appended.
    const limited = await call(delegateBody(200, [SESSION]), { ip: `10.0.0.1, ${ip}` });
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(120);
    const window = await database.db.rateLimitWindow.findUniqueOrThrow({ where: { key: `registration:${ip}` } });
    expect(window.count).toBe(4);
    // Another address is not affected.
    expect((await call(delegateBody(201, [SESSION]), { ip: "198.51.100.8" })).status).toBe(201);
  });

  it("never answers 500 to bodies of the wrong shape", async () => {
    const bodies = [
      null,
      [],
      42,
      "text",
      {},
      { ...delegateBody(300, [SESSION]), sessions: "x" },
      { ...delegateBody(301, [SESSION]), consents: [] },
      { ...delegateBody(302, [SESSION]), fullName: { $gt: "" } },
    ];
    for (const body of bodies) {
      const response = await call(body);
      expect(response.status, JSON.stringify(body)).toBe(422);
    }
  });
});
