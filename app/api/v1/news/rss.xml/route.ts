import { env } from "@/lib/env";
import { conditionalResponse } from "@/lib/http/cache";
import { latestOf } from "@/lib/http/cache";
import { localizedPath } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { listNews } from "@/lib/news/queries";
import { renderRss } from "@/lib/news/rss";

// GET /api/v1/news/rss.xml (`?lang=en` for English): the current edition's announcements as RSS 2.0.
export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "vi";
  const t = getTranslator(locale, "news");
  const posts = await listNews();
  const base = env.PUBLIC_BASE_URL.replace(/\/+$/, "");
  const body = renderRss(
    {
      title: t("feedTitle"),
      description: t("feedDescription"),
      link: `${base}${localizedPath(locale, "/tin-tuc")}`,
      language: locale,
      selfUrl: `${base}/api/v1/news/rss.xml${locale === "en" ? "?lang=en" : ""}`,
    },
    posts.map((post) => ({
      slug: post.slug,
      title: pickLocalized(locale, post.title, post.titleEn),
      body: post.body,
      publishAt: post.publishAt!,
    })),
  );
  return conditionalResponse(request, {
    body,
    contentType: "application/rss+xml; charset=utf-8",
    lastModified: latestOf(posts.map((post) => post.updatedAt)),
  });
}
