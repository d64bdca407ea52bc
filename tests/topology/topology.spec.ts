import { expect, test } from "@playwright/test";
import pg from "pg";
import { delegateBody } from "../fixtures/registration";
import { createTestUser, querySessionId, signIn } from "../e2e/support/admin-users";
import { loopbackClient, send, type Answer } from "./http";

// The production topology as a province runs it (scripts/test.ts starts it): real nginx with the
// configuration of deploy/nginx, two instances of the portal's server, one PostgreSQL.

type Instance = { port: number; pid: number };
const BASE = process.env.E2E_BASE_URL!;
const INSTANCES = JSON.parse(process.env.TOPOLOGY_INSTANCES ?? "[]") as Instance[];
const PLAIN_INSTANCE = process.env.PLAIN_INSTANCE_URL!;
const SESSION = "le-khai-mac";
const ENDPOINT = "/api/v1/editions/2025/registrations";

const cacheStatus = (answer: Answer) => String(answer.headers["x-cache-status"] ?? "");

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

test("a public page comes from the cache on the second request; private pages, POSTs and signed-in visitors never do", async () => {
  await send(`${BASE}/agenda`);
  expect(cacheStatus(await send(`${BASE}/agenda`))).toBe("HIT");
  await send(`${BASE}/api/v1/editions/2025/sessions`);
  expect(cacheStatus(await send(`${BASE}/api/v1/editions/2025/sessions`))).toBe("HIT");

  for (const path of ["/admin/login", "/api/admin/check-in/roster", "/my-registration/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG", "/api/auth/session"]) {
    await send(`${BASE}${path}`);
    const second = await send(`${BASE}${path}`);
    expect(cacheStatus(second), path).not.toBe("HIT");
  }
  const signedIn = await send(`${BASE}/agenda`, { headers: { Cookie: "authjs.session-token=anything" } });
  expect(cacheStatus(signedIn)).toBe("BYPASS");
  const post = await send(`${BASE}${ENDPOINT}`, { method: "POST", body: {}, from: loopbackClient(10, 0) });
  expect(post.status).toBe(422);
  expect(cacheStatus(post)).toBe("");
  expect((await send(`${BASE}/api/internal/revalidate`, { method: "POST", body: { patterns: [] } })).status).toBe(404);
});

test("an organiser's edit is public through the proxy within 3 s, whoever served it; sign-in and Server Actions survive hops between instances", async ({ page }) => {
  const SLUG = "toa-dam-hien-ke";
  const served: { method: string; instance: string; isAction: boolean }[] = [];
  page.on("response", (response) => {
    const request = response.request();
    if (request.resourceType() !== "document" && request.method() !== "POST") return;
    served.push({ method: request.method(), instance: response.headers()["x-portal-instance"] ?? "", isAction: "next-action" in request.headers() });
  });
  await signIn(page, await createTestUser("ORGANIZER"));
  const sessionId = await querySessionId(SLUG);
  const delays: number[] = [];
  const actions = () =>
    served.flatMap((entry, index) => (entry.isAction ? [{ action: entry, page: served.slice(0, index).findLast((before) => before.method === "GET") }] : []));
  const crossed = () => actions().some(({ action, page: rendered }) => rendered && rendered.instance !== action.instance);
  const signedInInstances = () => new Set(served.filter((entry) => entry.method === "GET").map((entry) => entry.instance));
  // nginx alternates per request and per worker, static files and refreshes included: a round whose
  // requests are even in number would land each page on the same instance, so every other round opens
  // one page more; a few rounds see pages from both and a form posted to the other instance.
  for (let round = 0; round < 3 || ((!crossed() || signedInInstances().size < 2) && round < 10); round++) {
    const title = `Tọa đàm giữa lãnh đạo tỉnh và các nhà khoa học (lần ${round + 1}, ${Date.now()})`;
    if (round % 2 === 1) await page.goto("/admin");
    await page.goto(`/admin/sessions/${sessionId}`);
    await page.getByLabel("Tên hoạt động (tiếng Việt)").fill(title);
    // A published session's edit is a draft first (with its warnings), then published in one step.
    await page.getByRole("button", { name: "Lưu bản nháp thay đổi" }).click();
    await expect(page.getByRole("button", { name: "Công bố thay đổi" })).toBeVisible();
    await page.getByRole("button", { name: "Công bố thay đổi" }).click();
    await expect(page.getByRole("status")).toContainText("Đã công bố thay đổi");
    const savedAt = Date.now();
    await expect
      .poll(
        async () => {
          const [html, feed] = await Promise.all([send(`${BASE}/sessions/${SLUG}`), send(`${BASE}/api/v1/editions/2025/sessions`)]);
          return html.body.includes(title) && feed.body.includes(title);
        },
        { timeout: 3_000, intervals: [100] },
      )
      .toBe(true);
    delays.push(Date.now() - savedAt);
  }
  console.log(`[topology] edit visible through the proxy after ${delays.join(", ")} ms`);
  expect([...signedInInstances()].sort()).toEqual(INSTANCES.map((instance) => `app-${instance.port}`).sort());
  expect(crossed()).toBe(true);
});

test("the rate limit counts the address nginx saw, whatever X-Forwarded-For a client forges, and so does a lone instance", async () => {
  const statuses = async (target: string, from: string) => {
    const answers: number[] = [];
    for (let n = 0; n < 4; n++) {
      const body = delegateBody(n, [SESSION], { email: `forged-${from.replaceAll(".", "-")}-${n}@example.vn` });
      answers.push((await send(`${target}${ENDPOINT}`, { method: "POST", body, from, headers: { "X-Forwarded-For": `198.51.100.${n + 1}` } })).status);
    }
    return answers;
  };
  expect(await statuses(BASE, loopbackClient(11, 0))).toEqual([201, 201, 201, 429]);
  expect(await statuses(PLAIN_INSTANCE, loopbackClient(12, 0))).toEqual([201, 201, 201, 429]);
});

test("kill -9 of one instance during a rush: no agenda GET fails, every registration is stored exactly once", async () => {
  test.setTimeout(240_000);
  const REGISTRATIONS = 300;
  const client = (n: number) => loopbackClient(20, Math.floor(n / 2));
  const email = (n: number) => `rush-${n}@example.vn`;
  const register = (n: number, from = client(n)) =>
    send(`${BASE}${ENDPOINT}`, { method: "POST", body: delegateBody(n, [SESSION], { email: email(n) }), from }).catch(() => null);

  const agendaStatuses: number[] = [];
  const browse = (async () => {
    for (let round = 0; round < 100; round++) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => send(`${BASE}/agenda`).then((answer) => answer.status, () => 0)));
      agendaStatuses.push(...answers);
    }
  })();
  const results: (Answer | null)[] = new Array(REGISTRATIONS).fill(null);
  const rush = (async () => {
    for (let start = 0; start < REGISTRATIONS; start += 20) {
      if (start === 100) process.kill(INSTANCES[0]!.pid, "SIGKILL");
      const batch = await Promise.all(Array.from({ length: 20 }, (_, i) => register(start + i)));
      batch.forEach((answer, i) => (results[start + i] = answer));
    }
  })();
  await Promise.all([browse, rush]);

  expect(agendaStatuses).toHaveLength(1_000);
  expect(agendaStatuses.filter((status) => status !== 200)).toEqual([]);
  const accepted = results.flatMap((answer, n) => (answer?.status === 201 ? [email(n)] : []));
  const unanswered = results.flatMap((answer, n) => (answer?.status === 201 ? [] : [n]));
  for (const n of unanswered) {
    const retry = await register(n, loopbackClient(21, n));
    expect([201, 409], `retry of ${email(n)}`).toContain(retry?.status);
  }

  const stored = await query<{ email: string; count: string }>(
    "SELECT email, count(*) FROM registrations WHERE email LIKE 'rush-%@example.vn' GROUP BY email",
  );
  expect(stored.filter((row) => Number(row.count) !== 1)).toEqual([]);
  expect(stored).toHaveLength(REGISTRATIONS);
  expect(accepted.every((address) => stored.some((row) => row.email === address))).toBe(true);
  const [seats] = await query<{ taken: number; confirmed: string }>(
    `SELECT s.seats_taken AS taken, (SELECT count(*) FROM seats WHERE session_id = s.id AND status = 'CONFIRMED') AS confirmed
       FROM sessions s JOIN editions e ON e.id = s.edition_id WHERE e.year = 2025 AND s.slug = $1`,
    [SESSION],
  );
  expect(seats!.taken).toBe(Number(seats!.confirmed));
});
