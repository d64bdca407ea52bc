import "server-only";
import { env } from "@/lib/env";
import { conditionalResponse, latestOf, withCors } from "@/lib/http/cache";
import { jsonError, notFoundJson } from "@/lib/http/json";
import {
  getCurrentEditionYear,
  getEditionSession,
  listEditionSessions,
  type AgendaEdition,
  type AgendaSession,
} from "../queries";
import { buildFrabSchedule } from "./frab";
import { renderFrabXml } from "./frab-xml";
import { buildCalendar, buildSessionCalendar } from "./ics";
import { parseEditionYear, sessionListQuerySchema } from "./params";
import { buildSessionList } from "./session-list";
import type { FeedSite } from "./site";

// The feeds' request handling: parameters in, 404/400 or a cacheable representation out.
// Route handlers under app/api/v1/editions/[year]/ only delegate here.

const JSON_TYPE = "application/json; charset=utf-8";
const CALENDAR_TYPE = "text/calendar; charset=utf-8";
const XML_TYPE = "application/xml; charset=utf-8";

const editionNotFound = () => withCors(notFoundJson("Edition not found"));

async function currentSite(): Promise<FeedSite> {
  return { baseUrl: env.PUBLIC_BASE_URL, currentYear: await getCurrentEditionYear() };
}

function lastChangeOf(edition: AgendaEdition, sessions: AgendaSession[]): Date | null {
  return latestOf([edition.updatedAt, ...sessions.map((session) => session.updatedAt)]);
}

/** `GET /api/v1/editions/{year}/sessions`: the published sessions as a JSON array, optionally filtered. */
export async function serveSessionList(request: Request, yearParam: string): Promise<Response> {
  const year = parseEditionYear(yearParam);
  if (year === null) return editionNotFound();
  const query = sessionListQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) {
    const issues = query.error.issues.map((issue) => ({ parameter: issue.path.join("."), message: issue.message }));
    return withCors(jsonError(400, issues.map((issue) => issue.message).join("; "), { issues }));
  }
  const result = await listEditionSessions(year, query.data);
  if (!result) return editionNotFound();
  const body = buildSessionList(result.edition, result.sessions, await currentSite());
  return conditionalResponse(request, {
    body: JSON.stringify(body),
    contentType: JSON_TYPE,
    lastModified: lastChangeOf(result.edition, result.sessions),
  });
}

/** `GET /api/v1/editions/{year}/schedule.ics`: every published or cancelled session as an iCalendar. */
export async function serveEditionCalendar(request: Request, yearParam: string): Promise<Response> {
  const year = parseEditionYear(yearParam);
  const result = year === null ? null : await listEditionSessions(year, {}, { includeCancelled: true });
  if (!result) return editionNotFound();
  const body = buildCalendar({ ...result, site: await currentSite() });
  return conditionalResponse(request, {
    body,
    contentType: CALENDAR_TYPE,
    lastModified: lastChangeOf(result.edition, result.sessions),
    headers: { "Content-Disposition": `inline; filename="schedule-${result.edition.year}.ics"` },
  });
}

/** `GET /api/v1/editions/{year}/sessions/{slug}.ics`: one session, for "add to calendar". */
export async function serveSessionCalendar(request: Request, yearParam: string, file: string): Promise<Response> {
  const year = parseEditionYear(yearParam);
  const slug = file.endsWith(".ics") ? file.slice(0, -".ics".length) : null;
  if (year === null || !slug) return withCors(notFoundJson("Session not found"));
  const result = await getEditionSession(year, slug);
  if (!result) return withCors(notFoundJson("Session not found"));
  return conditionalResponse(request, {
    body: buildSessionCalendar(result.edition, result.session, await currentSite()),
    contentType: CALENDAR_TYPE,
    lastModified: lastChangeOf(result.edition, [result.session]),
    headers: { "Content-Disposition": `attachment; filename="${result.session.slug}.ics"` },
  });
}

const frabFormats = {
  json: { contentType: JSON_TYPE, render: (schedule: ReturnType<typeof buildFrabSchedule>) => JSON.stringify(schedule) },
  xml: { contentType: XML_TYPE, render: renderFrabXml },
} as const;

/** `GET /api/v1/editions/{year}/schedule.json` and `schedule.xml`: the frab schedule of the published sessions. */
export async function serveFrabSchedule(
  request: Request,
  yearParam: string,
  format: keyof typeof frabFormats,
): Promise<Response> {
  const year = parseEditionYear(yearParam);
  const result = year === null ? null : await listEditionSessions(year);
  if (!result) return editionNotFound();
  const schedule = buildFrabSchedule({ ...result, site: await currentSite() });
  return conditionalResponse(request, {
    body: frabFormats[format].render(schedule),
    contentType: frabFormats[format].contentType,
    lastModified: lastChangeOf(result.edition, result.sessions),
  });
}
