import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import path from "node:path";
import { ROLES, can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-token";
import { idleState } from "@/lib/forms/action-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { ENDPOINT_MATRIX } from "../../setup/permission-matrix";

// Every admin Server Action is a public POST endpoint, whichever page shows its form: each must check
// the permission itself, and so must every admin route handler. This walks role × endpoint of the
// permission matrix (tests/setup/permission-matrix.ts, which tests/unit/auth/endpoint-matrix.test.ts
// proves complete) with the real code and a stand-in session.

const ROOT = path.resolve(import.meta.dirname, "../../..");

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
// next-auth itself is not needed to decide who may call what (and does not load outside Next).
vi.mock("@/lib/auth/config", () => ({ signIn: vi.fn(), signOut: vi.fn(), CredentialsSignin: class {}, SignInLocked: class {} }));

/** Every action and handler the matrix guards; the unit test proves the matrix lists all there are. */
const GUARDED = Object.entries(ENDPOINT_MATRIX).flatMap(([file, rows]) =>
  Object.entries(rows).flatMap(([name, access]) =>
    "public" in access ? [] : [{ file, name, capability: "capability" in access ? access.capability : null }],
  ),
);
const ACTIONS = GUARDED.filter(({ file }) => file.startsWith("lib/"));
const ROUTES = GUARDED.filter(({ file }) => file.startsWith("app/"));

const modules = new Map<string, Record<string, (...args: unknown[]) => Promise<unknown>>>();
const endpoint = (file: string, name: string) => modules.get(file)![name]!;

/** Route parameters: every dynamic segment of the handlers gets a well-formed value. */
const PARAMS = {
  locale: "vi",
  id: "22222222-2222-4222-8222-222222222222",
  invitationId: "33333333-3333-4333-8333-333333333333",
  format: "csv",
  year: "2025",
};

/** A well-formed check-in, so that the check-in handler reaches its guard. */
const CHECK_IN_EVENT = {
  id: "44444444-4444-4444-8444-444444444444",
  code: "QN25-H8RQZ",
  sessionId: PARAMS.id,
  at: "2025-09-19T08:00:00+07:00",
};

function callRoute(file: string, name: string) {
  const request = new Request("http://localhost:3000/admin/x?format=csv&session=22222222-2222-4222-8222-222222222222", {
    method: name,
    headers: { origin: "http://localhost:3000", "content-type": "application/json" },
    ...(name === "POST" ? { body: JSON.stringify({ events: [CHECK_IN_EVENT] }) } : {}),
  });
  return endpoint(file, name)(request, { params: Promise.resolve(PARAMS) });
}

const restoreEnv = { ...process.env };

beforeAll(async () => {
  // No database is reached: a refused call stops at the guard, an allowed one at validation.
  Object.assign(process.env, {
    DATABASE_URL: "postgresql://nobody@127.0.0.1:9/unreachable",
    AUTH_SECRET: "a".repeat(32),
    TICKET_SIGNING_SECRET: "t".repeat(32),
    PUBLIC_BASE_URL: "http://localhost:3000",
    __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true",
  });
  for (const file of new Set(GUARDED.map((row) => row.file))) {
    modules.set(file, await import(path.resolve(ROOT, file)));
  }
});

afterAll(() => {
  process.env = restoreEnv;
});

function signInAs(role: Role) {
  session.user = { id: "11111111-1111-4111-8111-111111111111", name: "Người thử", email: "thu@sokhcn.gov.vn", role };
}

const digestOf = (error: unknown) => (error as { digest?: string } | null)?.digest ?? String(error);

/** A handler refuses by throwing Next's interrupt (pages and downloads) or by answering 401/403 itself (JSON upload routes). */
const refusalOf = (outcome: unknown) => (outcome instanceof Response ? `HTTP ${outcome.status}` : digestOf(outcome));

const routeOutcome = (run: () => Promise<unknown>) =>
  run().then(
    (response) => response,
    (caught: unknown) => caught,
  );

const outcomeOf = (run: () => Promise<unknown>) =>
  run().then(
    () => null,
    (caught: unknown) => caught,
  );

describe.each(ACTIONS)("Server Action $name", ({ file, name, capability }) => {
  const run = () => endpoint(file, name)(idleState, new FormData());

  it.each(ROLES)("as %s: allowed or refused with 403 by the permission table", async (role) => {
    signInAs(role);
    if (capability === null || can(role, capability)) {
      await expect(run()).resolves.toMatchObject({ status: "error" });
    } else {
      expect(digestOf(await outcomeOf(run))).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
  });

  it("signed out: sent to the login page", async () => {
    session.user = null;
    expect(digestOf(await outcomeOf(run))).toMatch(/^NEXT_REDIRECT;.*;\/admin\/login/);
  });
});

describe.each(ROUTES)("$name $file", ({ file, name, capability }) => {
  it.each(ROLES)("as %s: past the guard, or refused with 403, by the permission table", async (role) => {
    signInAs(role);
    // Past the guard the handler goes on to the (unreachable) database or answers itself: anything
    // but the 403 and the login page.
    const outcome = refusalOf(await routeOutcome(() => callRoute(file, name)));
    if (capability === null || can(role, capability)) {
      expect(outcome).not.toMatch(/403|401|\/admin\/login/);
    } else {
      expect(outcome).toMatch(/^(NEXT_HTTP_ERROR_FALLBACK;403|HTTP 403)$/);
    }
  });

  it("signed out: sent to the login page, or answered 401", async () => {
    session.user = null;
    expect(refusalOf(await routeOutcome(() => callRoute(file, name)))).toMatch(/^NEXT_REDIRECT;.*;\/admin\/login|^HTTP 401$/);
  });
});
