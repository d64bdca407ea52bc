import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import { AdminCell, AdminTable } from "@/components/admin/admin-table";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { buttonClass } from "@/components/admin/styles";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { deleteNewsAction } from "@/lib/news/actions";
import { listNewsForAdmin } from "@/lib/news/queries";
import { formatDateTime } from "@/lib/time/format";

export const generateMetadata = adminPageMetadata("adminNews");

export default async function AdminNewsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("news:edit", { locale, returnTo: localizedPath(locale, "/admin/news") });
  const t = getTranslator(locale, "adminNews");
  const saving = getTranslator(locale, "adminForm")("saving");
  const posts = await listNewsForAdmin();
  const now = Date.now();
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")}>
        <Link href={localizedPath(locale, "/admin/news/new")} className={buttonClass("primary")}>
          {t("add")}
        </Link>
      </AdminPageHeader>
      <AdminTable label={getMessages(locale).adminTables.news} columns={[t("titleLabel"), t("status"), ""]} empty={t("empty")} isEmpty={posts.length === 0}>
        {posts.map((post) => (
          <tr key={post.id}>
            <AdminCell header>
              <Link
                href={localizedPath(locale, `/admin/news/${post.id}`)}
                className="text-brand-700 underline underline-offset-4"
              >
                {post.title}
              </Link>
            </AdminCell>
            <AdminCell>
              {post.status === "DRAFT" || !post.publishAt
                ? t("draft")
                : post.publishAt.getTime() > now
                  ? t("scheduled", { date: formatDateTime(post.publishAt) })
                  : t("live", { date: formatDateTime(post.publishAt) })}
            </AdminCell>
            <AdminCell>
              <ActionButtonForm
                action={deleteNewsAction}
                locale={locale}
                fields={{ id: post.id }}
                label={t("confirmDelete")}
                pendingLabel={saving}
                variant="danger"
                confirm={{ summary: t("delete"), prompt: t("deletePrompt", { title: post.title }) }}
              />
            </AdminCell>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
