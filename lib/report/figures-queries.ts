import "server-only";
import type { Database } from "@/lib/db-client";
import { loadEditionFeedbackIn } from "@/lib/feedback/survey-queries";
import { summarizeRatings } from "@/lib/feedback/rules";
import { loadRegistrationStatistics } from "@/lib/registration/statistics-queries";

// The figures of an edition's results report. Delegates, check-ins, groups, provinces and per-session
// fill come from the registration dashboard's own query (loadRegistrationStatistics), so the report
// can never disagree with what organisers saw on /admin/statistics; the rest is counted here.

type ReportActivity = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  status: "PUBLISHED" | "CANCELLED";
  venue: { name: string; address: string } | null;
  leadUnit: string;
  coordinatingUnits: string[];
  registered: number;
  checkedIn: number;
  pressCheckedIn: number;
};

async function listActivities(database: Database, editionId: string) {
  return database.session.findMany({
    where: { editionId, status: { not: "DRAFT" } },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      venue: { select: { name: true, address: true } },
      leadUnit: { select: { name: true } },
      coordinatingUnits: { select: { unit: { select: { name: true } } }, orderBy: { position: "asc" } },
    },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
  });
}

/** Live invitations of the edition: issued, accepted (in person or by a substitute), and attended. */
async function countInvitations(database: Database, editionId: string) {
  const live = { status: "ISSUED" as const, batch: { editionId } };
  const accepted = { ...live, response: { in: ["ACCEPTED" as const, "SUBSTITUTED" as const] } };
  const [issued, acceptedCount, attended] = await Promise.all([
    database.invitation.count({ where: live }),
    database.invitation.count({ where: accepted }),
    database.invitation.count({ where: { ...accepted, registration: { checkIns: { some: {} } } } }),
  ]);
  return { issued, accepted: acceptedCount, attended };
}

async function countExhibition(database: Database, editionId: string) {
  const where = { editionId, status: "PUBLISHED" as const };
  const [byCategory, exhibitors] = await Promise.all([
    database.booth.groupBy({ by: ["category"], where, _count: { _all: true }, orderBy: { category: "asc" } }),
    database.booth.findMany({ where, select: { exhibitorName: true }, distinct: ["exhibitorName"] }),
  ]);
  const categories = byCategory.map((row) => ({ key: row.category, count: row._count._all }));
  return { booths: categories.reduce((sum, row) => sum + row.count, 0), exhibitors: exhibitors.length, categories };
}

async function countPress(database: Database, editionId: string, now: Date) {
  const approved = { editionId, status: "APPROVED" as const };
  const [accredited, outlets, news] = await Promise.all([
    database.pressAccreditation.count({ where: approved }),
    database.pressAccreditation.findMany({ where: approved, select: { outlet: true }, distinct: ["outlet"] }),
    database.newsPost.count({ where: { editionId, status: "PUBLISHED", OR: [{ publishAt: null }, { publishAt: { lte: now } }] } }),
  ]);
  return { accredited, outlets: outlets.length, newsPublished: news };
}

/** The media campaign as the portal knows it: what the media kit published, by kind. */
async function countMediaCampaign(database: Database, editionId: string) {
  const rows = await database.mediaAsset.groupBy({ by: ["kind"], where: { editionId, isPublished: true }, _count: { _all: true }, orderBy: { kind: "asc" } });
  return rows.map((row) => ({ key: row.kind, count: row._count._all }));
}

export async function loadReportFigures(database: Database, editionId: string, now: Date) {
  const [statistics, sessions, invitations, exhibition, press, media, feedback, ratings] = await Promise.all([
    loadRegistrationStatistics(database, editionId),
    listActivities(database, editionId),
    countInvitations(database, editionId),
    countExhibition(database, editionId),
    countPress(database, editionId, now),
    countMediaCampaign(database, editionId),
    loadEditionFeedbackIn(database, editionId),
    database.sessionFeedback.findMany({ where: { session: { editionId } }, select: { rating: true } }),
  ]);
  const fill = new Map(statistics.sessions.map((row) => [row.id, row]));
  const activities: ReportActivity[] = sessions.map((session) => ({
    id: session.id,
    title: session.title,
    startsAt: session.startsAt,
    endsAt: session.endsAt,
    status: session.status === "CANCELLED" ? "CANCELLED" : "PUBLISHED",
    venue: session.venue,
    leadUnit: session.leadUnit.name,
    coordinatingUnits: session.coordinatingUnits.map((row) => row.unit.name),
    registered: fill.get(session.id)?.confirmed ?? 0,
    checkedIn: fill.get(session.id)?.checkedIn ?? 0,
    pressCheckedIn: fill.get(session.id)?.pressCheckedIn ?? 0,
  }));
  return {
    delegates: { ...statistics.totals, groups: statistics.groups, provinces: statistics.provinces },
    activities,
    invitations,
    exhibition,
    press: { ...press, checkedIn: statistics.totals.pressCheckedIn },
    media,
    feedback: { overall: summarizeRatings(ratings.map((row) => row.rating)), sessions: feedback },
  };
}

export type ReportFigures = Awaited<ReturnType<typeof loadReportFigures>>;
