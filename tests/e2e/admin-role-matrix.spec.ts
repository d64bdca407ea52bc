import { expect, test, type APIRequestContext } from "./support/test";
import { createTestUser, querySessionId, queryVenueId, signIn, useOwnClientAddress, type AdminRole, type TestUser } from "./support/admin-users";

// Who may open which admin page: one row per page, the roles allowed in; every other role gets a 403
// (the page itself is checked in admin-auth.spec.ts) and a signed-out visitor the login page. Later screens add their rows here.
// `{self}` stands for the id of the signed-in test user, `{session}` for a session of the 2025 edition,
// `{venue}` for a seeded venue.
const ALL: readonly AdminRole[] = ["ADMIN", "ORGANIZER", "INVITATION_OFFICER", "CHECKIN_STAFF"];

const PAGES: { path: string; allowed: readonly AdminRole[]; redirected?: readonly AdminRole[] }[] = [
  // Check-in staff are sent on to the check-in station (a test below).
  { path: "/admin", allowed: ["ADMIN", "ORGANIZER", "INVITATION_OFFICER"], redirected: ["CHECKIN_STAFF"] },
  { path: "/admin/account", allowed: ALL },
  { path: "/admin/users", allowed: ["ADMIN"] },
  { path: "/admin/users/new", allowed: ["ADMIN"] },
  { path: "/admin/users/{self}", allowed: ["ADMIN"] },
  { path: "/admin/audit", allowed: ["ADMIN"] },
  { path: "/admin/privacy/retention", allowed: ["ADMIN"] },
  { path: "/admin/privacy", allowed: ["ADMIN"] },
  { path: "/admin/privacy?from=01/09/2025&to=30/09/2025", allowed: ["ADMIN"] },
  { path: "/admin/privacy/record?from=2025-09-01&to=2025-09-30", allowed: ["ADMIN"] },
  { path: "/admin/mail", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/invitations", allowed: ["ADMIN", "ORGANIZER", "INVITATION_OFFICER"] },
  { path: "/admin/invitations/new", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/media", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/booths", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/booths/new", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/booths/applications", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/press", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/press/export?format=csv", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/press/export?format=xlsx", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/news", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/news/new", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/en/admin/users", allowed: ["ADMIN"] },
  { path: "/admin/registrations", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/statistics", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/report", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/feedback", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/feedback/export?format=csv", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/report/download?format=docx", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/report/download?format=pdf", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/registrations/badges?q=zzzzzz", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/check-in", allowed: ["ADMIN", "ORGANIZER", "CHECKIN_STAFF"] },
  { path: "/api/admin/check-in/roster", allowed: ["ADMIN", "ORGANIZER", "CHECKIN_STAFF"] },
  { path: "/admin/registrations?q=nguyen&sort=name", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/registrations/export?format=csv&q=nguyen", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/registrations/export?format=xlsx&q=nguyen", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/editions", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/editions/new", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/editions/copy", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/editions/2025/edit", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/sessions", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/sessions/new", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/sessions/{session}", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/units", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/units/new", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/venues", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/venues/{venue}", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/speakers", allowed: ["ADMIN", "ORGANIZER"] },
  { path: "/admin/speakers/new", allowed: ["ADMIN", "ORGANIZER"] },
];

async function statusOf(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  return { status: response.status(), location: response.headers()["location"] ?? "" };
}

// The matrix does not depend on the screen size: one browser project walks it.
test.describe("role × admin page", () => {
  // A dozen server-rendered pages per role: more than the default 30 s when the machine is busy.
  test.describe.configure({ timeout: 90_000 });
  for (const role of ALL) {
    test(`${role} opens exactly the pages the permission table grants`, async ({ page, context }) => {
      test.skip(test.info().project.name !== "desktop", "walked once, on desktop");
      // About forty pages per role, each rendered on the server with its permission check.
      test.slow();
      await useOwnClientAddress(context);
      const user: TestUser = await createTestUser(role);
      await signIn(page, user);
      const ids = { session: await querySessionId("le-khai-mac"), venue: await queryVenueId("xa-mang-den") };
      for (const { path, allowed, redirected = [] } of PAGES) {
        const target = path.replace("{self}", user.id).replace("{session}", ids.session).replace("{venue}", ids.venue);
        const { status, location } = await statusOf(context.request, target);
        if (redirected.includes(role)) {
          expect(status, `${role} ${target}`).toBe(307);
          expect(location, `${role} ${target}`).toMatch(/\/admin\/check-in$/);
        } else if (allowed.includes(role)) {
          expect(status, `${role} ${target}`).toBe(200);
        } else {
          expect(status, `${role} ${target}`).toBe(403);
        }
      }
    });
  }

  test("a signed-out visitor is sent to the login page from every admin page", async ({ request }) => {
    test.skip(test.info().project.name !== "desktop", "walked once, on desktop");
    test.slow();
    for (const { path } of PAGES) {
      const { status, location } = await statusOf(request, path.replace(/\{(self|session|venue)\}/, "00000000-0000-4000-8000-000000000000"));
      expect(status, path).toBe(307);
      expect(location, path).toMatch(/\/admin\/login\?next=/);
    }
  });
});
