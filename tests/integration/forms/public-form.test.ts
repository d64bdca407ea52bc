import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runPublicForm, type ConsentRecord, type PublicFormSpec } from "@/lib/forms/public-form";
import type { ActionState } from "@/lib/forms/action-state";
import { z } from "@/lib/zod";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The one pipeline every public form goes through (registration, exhibitor application, press
// accreditation, invitation reply), against a real database for its rate limit; then its two
// adapters, the Server Action's ActionState and the JSON API's status codes.

const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));

let database: TestDatabase;
let handlePublicForm: typeof import("@/lib/forms/public-form-action").handlePublicForm;
let handlePublicJson: typeof import("@/lib/forms/public-form-json").handlePublicJson;

const schema = z.object({
  name: z.string().min(1, { error: "Vui lòng nhập họ và tên." }),
  email: z.email({ error: "Địa chỉ e-mail không hợp lệ." }),
  tags: z.array(z.string().min(2, { error: "Mỗi nhãn cần ít nhất 2 ký tự." })).default([]),
  news: z.boolean().default(false),
});

type Submitted = { input: z.output<typeof schema>; consent: ConsentRecord };

function spec(key: string, submitted: Submitted[], limit = 2): PublicFormSpec<typeof schema, string> {
  return {
    schema,
    rateLimit: { key, limit, windowSeconds: 600 },
    honeypot: "website",
    consent: { noticeVersion: "test-notice-v1", purposes: (input) => ["REGISTRATION", ...(input.news ? ["NEWS"] : [])] },
    submit: async (input, consent) => {
      submitted.push({ input, consent });
      return "stored";
    },
  };
}

const valid = { name: "Trần Văn Bình", email: "binh@example.vn", news: true };
const body = (value: unknown) => () => ({ ok: true as const, value });

beforeAll(async () => {
  database = await createTestDatabase("migrated");
  vi.stubEnv("DATABASE_URL", database.url);
  vi.stubEnv("PUBLIC_BASE_URL", "https://tuanle.example.vn");
  vi.stubEnv("TICKET_SIGNING_SECRET", "t".repeat(40));
  vi.stubEnv("AUTH_SECRET", "a".repeat(40));
  ({ handlePublicForm } = await import("@/lib/forms/public-form-action"));
  ({ handlePublicJson } = await import("@/lib/forms/public-form-json"));
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database?.drop();
  vi.unstubAllEnvs();
});

describe("the public form pipeline", () => {
  it("submits a valid form with the consent it captured: purposes, notice version and time", async () => {
    const submitted: Submitted[] = [];
    const before = Date.now();
    const outcome = await runPublicForm(database.db, { clientAddress: "192.0.2.10", read: body(valid) }, spec("test-valid", submitted));
    expect(outcome).toEqual({ status: "submitted", result: "stored" });
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.input).toEqual({ ...valid, tags: [] });
    expect(submitted[0]!.consent.purposes).toEqual(["REGISTRATION", "NEWS"]);
    expect(submitted[0]!.consent.noticeVersion).toBe("test-notice-v1");
    expect(submitted[0]!.consent.at.getTime()).toBeGreaterThanOrEqual(before);
    expect(submitted[0]!.consent.at.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("answers a filled honeypot as if all went well, without storing, parsing or counting it", async () => {
    const submitted: Submitted[] = [];
    const read = vi.fn(body(valid));
    const outcome = await runPublicForm(database.db, { clientAddress: "192.0.2.11", read, honeypotValue: "http://spam.example" }, spec("test-honeypot", submitted));
    expect(outcome).toEqual({ status: "honeypot" });
    expect(submitted).toHaveLength(0);
    expect(read).not.toHaveBeenCalled();
    expect(await database.db.rateLimitWindow.count({ where: { key: { startsWith: "test-honeypot:" } } })).toBe(0);
  });

  it("an empty honeypot is what people send: the form goes through", async () => {
    const outcome = await runPublicForm(database.db, { clientAddress: "192.0.2.12", read: body(valid), honeypotValue: "" }, spec("test-empty-honeypot", []));
    expect(outcome.status).toBe("submitted");
  });

  it("refuses an address past its budget, valid or not, before reading the body; other addresses keep theirs", async () => {
    const submitted: Submitted[] = [];
    const form = spec("test-limit", submitted);
    const send = (clientAddress: string | null, value: unknown = valid) => runPublicForm(database.db, { clientAddress, read: body(value) }, form);
    expect((await send("192.0.2.20", { name: "" })).status).toBe("invalid");
    expect((await send("192.0.2.20")).status).toBe("submitted");
    const read = vi.fn(body(valid));
    const refused = await runPublicForm(database.db, { clientAddress: "192.0.2.20", read }, form);
    expect(refused.status).toBe("rate-limited");
    if (refused.status === "rate-limited") expect(refused.retryAfterSeconds).toBeGreaterThan(500);
    expect(read).not.toHaveBeenCalled();
    expect((await send("192.0.2.21")).status).toBe("submitted");
    expect(submitted).toHaveLength(2);
    expect(await database.db.rateLimitWindow.findUnique({ where: { key: "test-limit:192.0.2.20" } })).toMatchObject({ count: 3 });
  });

  it("requests without a usable address share one budget rather than escaping the limit", async () => {
    const form = spec("test-unknown", [], 1);
    expect((await runPublicForm(database.db, { clientAddress: null, read: body(valid) }, form)).status).toBe("submitted");
    expect((await runPublicForm(database.db, { clientAddress: null, read: body(valid) }, form)).status).toBe("rate-limited");
  });

  it("names every invalid field with all its messages, array items under the array's name", async () => {
    const submitted: Submitted[] = [];
    const outcome = await runPublicForm(
      database.db,
      { clientAddress: "192.0.2.30", read: body({ name: "", email: "không phải e-mail", tags: ["a", "b"] }) },
      spec("test-invalid", submitted),
    );
    expect(outcome).toEqual({
      status: "invalid",
      errors: { name: ["Vui lòng nhập họ và tên."], email: ["Địa chỉ e-mail không hợp lệ."], tags: ["Mỗi nhãn cần ít nhất 2 ký tự."] },
    });
    expect(submitted).toHaveLength(0);
  });

  it("a body that cannot be read is refused with its reason and never submitted", async () => {
    const submitted: Submitted[] = [];
    const outcome = await runPublicForm(
      database.db,
      { clientAddress: "192.0.2.31", read: () => ({ ok: false, status: 413, reason: "too-large" }) },
      spec("test-unreadable", submitted),
    );
    expect(outcome).toEqual({ status: "unreadable", code: 413 });
    expect(submitted).toHaveLength(0);
  });
});

describe("the Server Action adapter", () => {
  const messages = { rateLimited: (minutes: number) => `Quý vị vui lòng thử lại sau ${minutes} phút.`, invalid: "Vui lòng sửa các lỗi." };

  function actionSpec(key: string) {
    const { submit: _submit, honeypot: _honeypot, ...rest } = spec(key, []);
    return {
      ...rest,
      read: (form: FormData) => ({ name: form.get("name"), email: form.get("email") }),
      messages,
      honeypot: "website",
      onHoneypot: (): never => {
        throw new Error("sent to the confirmation page");
      },
      submit: async (): Promise<ActionState<string>> => ({ status: "success", message: "Đã nhận.", result: "stored" }),
    };
  }

  function form(entries: Record<string, string>) {
    const data = new FormData();
    for (const [name, value] of Object.entries(entries)) data.set(name, value);
    return data;
  }

  it("takes the client address from the request, answers field errors with the input kept, then the form's own answer", async () => {
    requestHeaders.current = new Headers({ "x-forwarded-for": "198.51.100.40" });
    const typed = { name: "", email: "binh@example.vn", $ACTION_ID_abc: "" };
    expect(await handlePublicForm(form(typed), actionSpec("test-action"))).toEqual({
      status: "error",
      message: "Vui lòng sửa các lỗi.",
      fieldErrors: { name: "Vui lòng nhập họ và tên." },
      fieldMessages: { name: ["Vui lòng nhập họ và tên."] },
      values: { name: "", email: "binh@example.vn" },
    });
    expect(await handlePublicForm(form({ name: "Bình", email: "binh@example.vn" }), actionSpec("test-action"))).toEqual({
      status: "success",
      message: "Đã nhận.",
      result: "stored",
    });
    const refused = await handlePublicForm(form({ name: "Bình", email: "binh@example.vn" }), actionSpec("test-action"));
    expect(refused).toMatchObject({ status: "error", message: "Quý vị vui lòng thử lại sau 10 phút.", fieldErrors: {} });
    expect(await database.db.rateLimitWindow.count({ where: { key: "test-action:198.51.100.40" } })).toBe(1);
  });

  it("hands a filled honeypot to the form's answer for bots", async () => {
    await expect(handlePublicForm(form({ name: "Bot", email: "bot@example.vn", website: "x" }), actionSpec("test-action-bot"))).rejects.toThrow(
      "sent to the confirmation page",
    );
  });
});

describe("the JSON adapter", () => {
  const messages = { rateLimited: (seconds: number) => `Thử lại sau ${seconds} giây.`, malformed: "JSON hỏng.", tooLarge: "Quá lớn.", notJson: "Không phải JSON." };

  function jsonSpec(key: string) {
    const { honeypot: _honeypot, submit: _submit, ...rest } = spec(key, [], 3);
    return { ...rest, maxBytes: 256, messages, headers: { "Cache-Control": "no-store" }, submit: async () => new Response(null, { status: 201 }) };
  }

  function post(body: string, headers: Record<string, string> = {}) {
    return new Request("https://tuanle.example.vn/api/test", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.50", ...headers },
      body,
    });
  }

  it("maps each outcome to its status code and body", async () => {
    const form = jsonSpec("test-json");
    const invalid = await handlePublicJson(post(JSON.stringify({ name: "", email: "x@example.vn" })), form);
    expect(invalid.status).toBe(422);
    expect(invalid.headers.get("cache-control")).toBe("no-store");
    expect(await invalid.json()).toEqual({ errors: { name: ["Vui lòng nhập họ và tên."] } });

    const tooLarge = await handlePublicJson(post(JSON.stringify({ name: "x".repeat(300) })), form);
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: "Quá lớn." });

    expect((await handlePublicJson(post(JSON.stringify(valid)), form)).status).toBe(201);

    const limited = await handlePublicJson(post(JSON.stringify(valid)), form);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(500);
    expect(await limited.json()).toEqual({ error: `Thử lại sau ${limited.headers.get("retry-after")} giây.` });
  });

  it("refuses malformed JSON with 400 and another content type with 415", async () => {
    const form = jsonSpec("test-json-bodies");
    expect((await handlePublicJson(post("{ not json"), form)).status).toBe(400);
    expect((await handlePublicJson(post("name=x", { "content-type": "application/x-www-form-urlencoded" }), form)).status).toBe(415);
  });
});
