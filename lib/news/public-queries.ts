import type { Database } from "@/lib/db-client";
import { currentEditionFor } from "@/lib/editions/rules";

// Reads of the news; `database` and `now` are parameters so that tests can look at any moment.

const listSelect = { id: true, slug: true, title: true, titleEn: true, body: true, publishAt: true, updatedAt: true } as const;

function visibleWhere(now: Date) {
  return {
    status: "PUBLISHED" as const,
    publishAt: { lte: now },
    edition: currentEditionFor("public"),
  };
}

/** The current edition's announcements whose time has come, newest first. */
export function readPublishedNews(database: Database, now: Date, take = 50) {
  return database.newsPost.findMany({ where: visibleWhere(now), orderBy: { publishAt: "desc" }, take, select: listSelect });
}

export function readPublishedNewsPost(database: Database, slug: string, now: Date) {
  return database.newsPost.findFirst({ where: { ...visibleWhere(now), slug }, select: listSelect });
}

export type NewsPostView = NonNullable<Awaited<ReturnType<typeof readPublishedNewsPost>>>;
