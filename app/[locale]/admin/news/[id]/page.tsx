import { notFound } from "next/navigation";
import { NewsForm } from "@/components/admin/news/news-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { listNewsForAdmin } from "@/lib/news/queries";
import { formatDateTimeInput } from "@/lib/time/form-input";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminNews")("editTitle") };
}

export default async function EditNewsPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("news:edit", { locale, returnTo: localizedPath(locale, `/admin/news/${id}`) });
  const post = (await listNewsForAdmin()).find((candidate) => candidate.id === id);
  if (!post) notFound();
  const t = getTranslator(locale, "adminNews");
  const initial: Record<string, string> = {
    title: post.title,
    titleEn: post.titleEn ?? "",
    slug: post.slug,
    body: post.body,
    publishAt: post.publishAt ? formatDateTimeInput(post.publishAt) : "",
    ...(post.status === "PUBLISHED" ? { publish: "on" } : {}),
  };
  return (
    <>
      <AdminPageHeader title={t("editTitle")} back={{ href: localizedPath(locale, "/admin/news"), label: t("back") }} />
      <div className="max-w-3xl">
        <NewsForm locale={locale} postId={post.id} initial={initial} />
      </div>
    </>
  );
}
