import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { validateFrabXml } from "../../setup/xmllint";

// The feeds' route handlers, called as Next calls them, against a fresh copy of the seeded database.

const BASE_URL = "https://tuanle.example.vn";
const TOURISM_WORKSHOP = "hoi-thao-chuyen-doi-so-du-lich";
const CONTRACT_FIELDS = [
  "slug",
  "title",
  "titleEn",
  "type",
  "startsAt",
  "endsAt",
  "venue",
  "leadUnit",
  "coordinatingUnits",
  "capacity",
  "seatsLeft",
  "waitlistLength",
  "registrationOpen",
  "url",
  "materials",
].sort();

type Handler = (request: Request, context: { params: Promise<{ year: string; file: string }> }) => Promise<Response>;
type RouteModule = { GET: Handler; OPTIONS: () => Response };

let database: TestDatabase;
let routes: Record<"sessions" | "sessionFile" | "ics" | "json" | "xml", RouteModule>;

async function call(
  route: keyof typeof routes,
  params: { year: string; file?: string },
  query = "",
  headers: Record<string, string> = {},
) {
  const path = `/api/v1/editions/${params.year}/${route}${query}`;
  return routes[route].GET(new Request(`${BASE_URL}${path}`, { headers }), { params: Promise.resolve({ file: "", ...params }) });
}

async function publishedSlugs(year: number) {
  const sessions = await database.db.session.findMany({
    where: { edition: { year }, status: "PUBLISHED" },
    select: { slug: true },
  });
  return sessions.map((session) => session.slug).sort();
}

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
}

const eventOf = (events: ICAL.Event[], slug: string) =>
  events.find((event) => String(event.component.getFirstPropertyValue("url")).endsWith(`/${slug}`))!;

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  vi.stubEnv("DATABASE_URL", database.url);
  vi.stubEnv("PUBLIC_BASE_URL", BASE_URL);
  // lib/env.ts refuses to load without the signing secrets; the feeds sign nothing.
  vi.stubEnv("TICKET_SIGNING_SECRET", "feeds-test-ticket-secret-0123456789abcdef");
  vi.stubEnv("AUTH_SECRET", "feeds-test-auth-secret-0123456789abcdef");
  delete (globalThis as { portalDb?: unknown }).portalDb;
  routes = {
    sessions: await import("@/app/api/v1/editions/[year]/sessions/route"),
    sessionFile: await import("@/app/api/v1/editions/[year]/sessions/[file]/route"),
    ics: await import("@/app/api/v1/editions/[year]/schedule.ics/route"),
    json: await import("@/app/api/v1/editions/[year]/schedule.json/route"),
    xml: await import("@/app/api/v1/editions/[year]/schedule.xml/route"),
  } as typeof routes;
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database?.drop();
  vi.unstubAllEnvs();
});

describe("GET /api/v1/editions/{year}/sessions", () => {
  it("lists every published 2025 session with exactly the contract's fields", async () => {
    const response = await call("sessions", { year: "2025" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    const sessions = (await response.json()) as Record<string, unknown>[];
    expect(Array.isArray(sessions)).toBe(true);
    expect(sessions.map((session) => session.slug).sort()).toEqual(await publishedSlugs(2025));
    for (const session of sessions) expect(Object.keys(session).sort()).toEqual(CONTRACT_FIELDS);
  });

  it("gives the tourism workshop's times with +07:00, its venue, units, seats and page", async () => {
    const sessions = (await (await call("sessions", { year: "2025" })).json()) as Record<string, unknown>[];
    expect(sessions.find((session) => session.slug === TOURISM_WORKSHOP)).toMatchObject({
      startsAt: "2025-09-19T08:00:00+07:00",
      endsAt: "2025-09-19T11:30:00+07:00",
      type: "WORKSHOP",
      venue: { name: "Xã Măng Đen", address: "Xã Măng Đen, tỉnh Quảng Ngãi" },
      leadUnit: { name: "Sở Khoa học và Công nghệ" },
      capacity: 150,
      seatsLeft: 150,
      waitlistLength: 0,
      registrationOpen: true,
      url: `${BASE_URL}/sessions/${TOURISM_WORKSHOP}`,
    });
  });

  it("links the sessions of the 2023 edition to their edition's pages", async () => {
    const sessions = (await (await call("sessions", { year: "2023" })).json()) as { slug: string; url: string }[];
    expect(sessions.map((session) => session.slug).sort()).toEqual(await publishedSlugs(2023));
    for (const session of sessions) expect(session.url).toBe(`${BASE_URL}/editions/2023/sessions/${session.slug}`);
  });

  it("finds the tourism workshop for “mang den” typed without accents", async () => {
    const sessions = (await (await call("sessions", { year: "2025" }, "?q=mang%20den")).json()) as { slug: string }[];
    expect(sessions.map((session) => session.slug)).toContain(TOURISM_WORKSHOP);
    expect(sessions.length).toBeLessThan((await publishedSlugs(2025)).length);
  });

  it("filters by day, venue and type", async () => {
    const slugs = async (query: string) =>
      ((await (await call("sessions", { year: "2025" }, query)).json()) as { slug: string }[]).map((session) => session.slug);
    expect(await slugs("?day=2025-09-26")).toEqual([
      "truyen-thong-su-kien",
      "trien-lam-cong-nghe-so",
      "hoi-thao-hoi-tu-nguon-luc",
    ]);
    expect(await slugs("?venue=xa-mang-den")).toEqual([TOURISM_WORKSHOP]);
    expect(await slugs("?type=EXHIBITION")).toEqual(["trien-lam-cong-nghe-so"]);
    expect(await slugs("?day=2025-09-25&type=ROUND_TABLE")).toEqual(["toa-dam-hien-ke"]);
  });

  it("answers invalid parameters with 400 and a message, not 500", async () => {
    for (const query of ["?day=26/09/2025", "?day=2025-02-30", "?type=PARTY", "?venue=X%C3%A3%20M%C4%83ng"]) {
      const response = await call("sessions", { year: "2025" }, query);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as { error: string };
      expect(body.error, query).toMatch(/day|type|venue/);
    }
  });

  it("answers an unknown or non-numeric year with 404 JSON", async () => {
    for (const year of ["1999", "abcd", "2025x"]) {
      const response = await call("sessions", { year });
      expect(response.status, year).toBe(404);
      expect(response.headers.get("Content-Type")).toContain("application/json");
      expect(((await response.json()) as { error: string }).error).toBe("Edition not found");
    }
  });

  it("answers 304 to the ETag it gave, and allows any origin", async () => {
    const first = await call("sessions", { year: "2025" });
    const etag = first.headers.get("ETag")!;
    expect(first.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(first.headers.get("Cache-Control")).toMatch(/^public, max-age=300/);
    expect(first.headers.get("Last-Modified")).toMatch(/GMT$/);
    const second = await call("sessions", { year: "2025" }, "", { "If-None-Match": etag });
    expect(second.status).toBe(304);
    const sinceThen = await call("sessions", { year: "2025" }, "", { "If-Modified-Since": first.headers.get("Last-Modified")! });
    expect(sinceThen.status).toBe(304);
  });
});

describe("GET /api/v1/editions/{year}/schedule.ics", () => {
  it("parses with a real iCalendar parser and holds every published session once, with stable UIDs", async () => {
    const response = await call("ics", { year: "2025" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    const events = parseCalendar(text);
    const slugs = events.map((event) => String(event.component.getFirstPropertyValue("url")).split("/").at(-1)).sort();
    expect(slugs).toEqual(await publishedSlugs(2025));
    const ids = await database.db.session.findMany({ where: { edition: { year: 2025 } }, select: { id: true } });
    expect(events.map((event) => event.uid).sort()).toEqual(ids.map(({ id }) => `${id}@tuanle.example.vn`).sort());
    const again = await (await call("ics", { year: "2025" })).text();
    expect(again).toBe(text);
  });

  it("round-trips the tourism workshop's time: 08:00 in Asia/Ho_Chi_Minh is 01:00Z", async () => {
    const workshop = eventOf(parseCalendar(await (await call("ics", { year: "2025" })).text()), TOURISM_WORKSHOP);
    expect(workshop.startDate.zone.tzid).toBe("Asia/Ho_Chi_Minh");
    expect(workshop.startDate.toString()).toBe("2025-09-19T08:00:00");
    expect(workshop.startDate.toJSDate().toISOString()).toBe("2025-09-19T01:00:00.000Z");
    expect(workshop.endDate.toJSDate().toISOString()).toBe("2025-09-19T04:30:00.000Z");
    expect(workshop.location).toBe("Xã Măng Đen, tỉnh Quảng Ngãi");
  });

  it("raises SEQUENCE when a session moves, marks a cancelled session CANCELLED, and changes the ETag", async () => {
    const before = await call("ics", { year: "2025" });
    const sequenceBefore = eventOf(parseCalendar(await before.text()), "toa-dam-hien-ke").sequence;

    await database.db.session.update({
      where: {
        editionId_slug: {
          editionId: (await database.db.edition.findUniqueOrThrow({ where: { year: 2025 } })).id,
          slug: "toa-dam-hien-ke",
        },
      },
      data: { startsAt: new Date("2025-09-25T09:00:00Z"), endsAt: new Date("2025-09-25T10:30:00Z") },
    });
    const moved = await call("ics", { year: "2025" }, "", { "If-None-Match": before.headers.get("ETag")! });
    expect(moved.status).toBe(200);
    const movedEvent = eventOf(parseCalendar(await moved.text()), "toa-dam-hien-ke");
    expect(movedEvent.sequence).toBeGreaterThan(sequenceBefore);
    expect(movedEvent.startDate.toString()).toBe("2025-09-25T16:00:00");

    await database.db.session.updateMany({ where: { slug: "toa-dam-hien-ke" }, data: { status: "CANCELLED" } });
    const cancelled = eventOf(parseCalendar(await (await call("ics", { year: "2025" })).text()), "toa-dam-hien-ke");
    expect(cancelled.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.sequence).toBeGreaterThan(movedEvent.sequence);

    // Cancelled sessions leave the published lists but stay in calendars.
    const list = (await (await call("sessions", { year: "2025" })).json()) as { slug: string }[];
    expect(list.map((session) => session.slug)).not.toContain("toa-dam-hien-ke");
  });

  it("answers an unknown edition with 404 JSON", async () => {
    const response = await call("ics", { year: "1999" });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "Edition not found" });
  });
});

describe("GET /api/v1/editions/{year}/sessions/{slug}.ics", () => {
  it("serves one session as a calendar file", async () => {
    const response = await call("sessionFile", { year: "2025", file: `${TOURISM_WORKSHOP}.ics` });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toContain(`${TOURISM_WORKSHOP}.ics`);
    const events = parseCalendar(await response.text());
    expect(events).toHaveLength(1);
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2025-09-19T01:00:00.000Z");
  });

  it("answers an unknown session, a name without .ics or an unknown edition with 404 JSON", async () => {
    for (const params of [
      { year: "2025", file: "khong-co-phien-nay.ics" },
      { year: "2025", file: TOURISM_WORKSHOP },
      { year: "1999", file: `${TOURISM_WORKSHOP}.ics` },
      { year: "abcd", file: `${TOURISM_WORKSHOP}.ics` },
    ]) {
      const response = await call("sessionFile", params);
      expect(response.status, params.file).toBe(404);
      expect(((await response.json()) as { error: string }).error).toBe("Session not found");
    }
  });
});

describe("the frab schedule", () => {
  type FrabEvent = { guid: string; slug: string; title: string; url: string; start: string; duration: string; room: string };
  type FrabDocument = { schedule: { conference: { days: { date: string; rooms: Record<string, FrabEvent[]> }[] } } };

  it("schedule.json holds every published session of 2025 and 2023", async () => {
    for (const year of [2025, 2023]) {
      const response = await call("json", { year: String(year) });
      expect(response.status).toBe(200);
      const document = (await response.json()) as FrabDocument;
      const events = document.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
      const slugs = new Set(events.map((event) => event.url.split("/").at(-1)));
      expect([...slugs].sort()).toEqual(await publishedSlugs(year));
    }
  });

  it("schedule.json shows the workshop at 08:00 for 3½ hours in Xã Măng Đen on 19/9", async () => {
    const document = (await (await call("json", { year: "2025" })).json()) as FrabDocument;
    const firstDay = document.schedule.conference.days[0]!;
    expect(firstDay.date).toBe("2025-09-19");
    expect(firstDay.rooms["Xã Măng Đen"]).toEqual([
      expect.objectContaining({
        start: "08:00",
        duration: "03:30",
        room: "Xã Măng Đen",
        url: `${BASE_URL}/sessions/${TOURISM_WORKSHOP}`,
      }),
    ]);
  });

  it("schedule.xml validates against the C3VOC XSD and holds the same events as schedule.json", async () => {
    for (const year of ["2025", "2023"]) {
      const response = await call("xml", { year });
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe("application/xml; charset=utf-8");
      const xml = await response.text();
      const validation = validateFrabXml(xml);
      expect(validation.errors).toContain("validates");
      expect(validation.valid).toBe(true);
      const document = (await (await call("json", { year })).json()) as FrabDocument;
      const jsonGuids = document.schedule.conference.days
        .flatMap((day) => Object.values(day.rooms).flat())
        .map((event) => event.guid);
      const xmlGuids = [...xml.matchAll(/<event id="\d+" guid="([^"]+)">/g)].map((match) => match[1]);
      expect(xmlGuids.sort()).toEqual(jsonGuids.sort());
      for (const slug of await publishedSlugs(Number(year))) expect(xml).toContain(`/sessions/${slug}"`);
    }
  });

  it("answers an unknown edition with 404 JSON", async () => {
    expect((await call("xml", { year: "1999" })).status).toBe(404);
    expect((await call("json", { year: "nope" })).status).toBe(404);
  });
});

describe("CORS preflight", () => {
  it("allows GET from any origin on every feed", () => {
    for (const route of Object.values(routes)) {
      const response = route.OPTIONS();
      expect(response.status).toBe(204);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
      expect(response.headers.get("Access-Control-Allow-Methods")).toContain("GET");
    }
  });
});
