import { randomBytes, randomUUID } from "node:crypto";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../../lib/auth/password";

// Accounts for end-to-end tests, written straight into the e2e server's database (scripts/test.ts
// passes its DATABASE_URL to Playwright) with the portal's own hashing: no test-only route exists.

export type AdminRole = "ADMIN" | "ORGANIZER" | "INVITATION_OFFICER" | "CHECKIN_STAFF";
export type TestUser = { id: string; email: string; name: string; role: AdminRole; password: string };

const ROLE_NAMES: Record<AdminRole, string> = {
  ADMIN: "Quản trị",
  ORGANIZER: "Tổ chức",
  INVITATION_OFFICER: "Giấy mời",
  CHECKIN_STAFF: "Đón tiếp",
};

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run the end-to-end tests with `npm test -- e2e`");
  return url;
}

export async function createTestUser(role: AdminRole): Promise<TestUser> {
  const suffix = randomBytes(4).toString("hex");
  const user: TestUser = {
    id: randomUUID(),
    email: `e2e.${role.toLowerCase()}.${suffix}@sokhcn.gov.vn`,
    name: `Cán bộ ${ROLE_NAMES[role]} ${suffix}`,
    role,
    password: `mua thu Quang Ngai ${suffix}`,
  };
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO users (id, email, name, password_hash, role, updated_at) VALUES ($1, $2, $3, $4, $5::"Role", now())`,
      [user.id, user.email, user.name, await hashPassword(user.password), role],
    );
  } finally {
    await client.end();
  }
  return user;
}

async function queryId(sql: string, slug: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(sql, [slug]);
    if (!rows[0]) throw new Error(`nothing found for ${slug}`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

/** The id of a session of the 2025 edition, by its slug. */
export function querySessionId(slug: string): Promise<string> {
  return queryId("SELECT s.id FROM sessions s JOIN editions e ON e.id = s.edition_id WHERE e.year = 2025 AND s.slug = $1", slug);
}

/** The id of a venue, by its slug. */
export function queryVenueId(slug: string): Promise<string> {
  return queryId("SELECT id FROM venues WHERE slug = $1", slug);
}

/**
 * Every test signs in from an address of its own (the portal takes the client address from
 * X-Forwarded-For), so the per-address sign-in throttle of one test never locks out another.
 */
export async function useOwnClientAddress(context: BrowserContext): Promise<void> {
  const bytes = randomBytes(3);
  await context.setExtraHTTPHeaders({ "x-forwarded-for": `10.${bytes[0]}.${bytes[1]}.${bytes[2]}` });
}

/** Submits the login form and waits for the answer, so that the next step sees this attempt's outcome. */
export async function fillLoginForm(page: Page, email: string, password: string): Promise<void> {
  await expect(page.getByRole("button", { name: "Đăng nhập" })).toBeEnabled();
  await page.getByLabel("Địa chỉ e-mail").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  const answered = page.waitForResponse(
    (response) => response.request().method() === "POST" && /\/admin\/login/.test(response.url()),
  );
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await answered;
  // Settled when the browser has left the login page, or React has applied the answer and reset the form.
  await expect(async () => {
    if (!/\/admin\/login/.test(page.url())) return;
    await expect(page.getByLabel("Mật khẩu")).toHaveValue("", { timeout: 250 });
  }).toPass();
}

export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">): Promise<void> {
  await page.goto("/admin/login");
  await fillLoginForm(page, user.email, user.password);
  // Check-in staff land on the check-in station, everyone else on the dashboard.
  await expect(page).toHaveURL(/\/admin(\/check-in)?$/);
}
