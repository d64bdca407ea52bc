import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/site-link";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { markdownToText, renderMarkdown } from "@/lib/news/markdown";
import { getNewsPost } from "@/lib/news/queries";
import { formatDateTime } from "@/lib/time/format";

export const revalidate = 60;

type Props = { params: Promise<{ locale: string; slug: string }> };

async function resolve(params: Props["params"]) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const post = await getNewsPost(slug);
  if (!post) notFound();
  return { locale, post };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, post } = await resolve(params);
  return {
    title: pickLocalized(locale, post.title, post.titleEn),
    description: markdownToText(post.body, 160),
    alternates: { canonical: localizedPath(locale, `/tin-tuc/${post.slug}`) },
  };
}

export default async function NewsPostPage({ params }: Props) {
  const { locale, post } = await resolve(params);
  const t = getTranslator(locale, "news");
  return (
    <Container className="max-w-3xl py-10">
      <SiteLink href={localizedPath(locale, "/tin-tuc")} className="font-semibold text-brand-700 underline underline-offset-4">
        {t("back")}
      </SiteLink>
      <article className="mt-6">
        <h1 className="text-3xl font-bold text-brand-900">{pickLocalized(locale, post.title, post.titleEn)}</h1>
        <p className="mt-2 text-sm text-muted">{t("published", { date: formatDateTime(post.publishAt!) })}</p>
        {/* renderMarkdown escapes raw HTML and passes the result through an allow-list sanitiser. */}
        <div
          className="news-body mt-6 space-y-4 leading-relaxed"
          dangerouslySetInnerHTML={{ __html: renderMarkdown(post.body) }}
        />
      </article>
    </Container>
  );
}
