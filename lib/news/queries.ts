import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readPublishedNews, readPublishedNewsPost } from "./public-queries";
import { currentEditionFor } from "@/lib/editions/rules";

export type { NewsPostView } from "./public-queries";

export const listNews = cache(() => readPublishedNews(db, new Date()));
export const getNewsPost = cache((slug: string) => readPublishedNewsPost(db, slug, new Date()));

/** Every post of the current edition, drafts and scheduled ones included; the page checks the permission first. */
export async function listNewsForAdmin() {
  return db.newsPost.findMany({
    where: { edition: currentEditionFor("admin") },
    orderBy: [{ createdAt: "desc" }],
    select: { id: true, slug: true, title: true, titleEn: true, body: true, status: true, publishAt: true },
  });
}
