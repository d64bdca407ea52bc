import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/site-link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { markdownToText } from "@/lib/news/markdown";
import { listNews } from "@/lib/news/queries";
import { formatDateTime } from "@/lib/time/format";

// Static, refreshed every minute: a scheduled post appears within a minute of its time.
export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "news");
  return {
    title: t("title"),
    description: t("intro"),
    alternates: {
      canonical: localizedPath(locale, "/tin-tuc"),
      types: { "application/rss+xml": `/api/v1/news/rss.xml${locale === "en" ? "?lang=en" : ""}` },
    },
  };
}

export default async function NewsListPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "news");
  const posts = await listNews();
  return (
    <Container className="max-w-3xl py-10">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("intro")}</p>
      <a
        href={`/api/v1/news/rss.xml${locale === "en" ? "?lang=en" : ""}`}
        className="mt-3 inline-block font-semibold text-brand-700 underline"
      >
        {t("rss")}
      </a>
      {posts.length === 0 ? (
        <p className="mt-8 text-muted">{t("empty")}</p>
      ) : (
        <ul className="mt-8 space-y-6">
          {posts.map((post) => (
            <li key={post.id} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-brand-100">
              <h2 className="text-xl font-bold">
                <SiteLink
                  href={localizedPath(locale, `/tin-tuc/${post.slug}`)}
                  className="text-brand-800 underline-offset-4 hover:underline"
                >
                  {pickLocalized(locale, post.title, post.titleEn)}
                </SiteLink>
              </h2>
              <p className="mt-1 text-sm text-muted">{t("published", { date: formatDateTime(post.publishAt!) })}</p>
              <p className="mt-2">{markdownToText(post.body)}</p>
            </li>
          ))}
        </ul>
      )}
    </Container>
  );
}
