import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import { AdminCell, AdminTable } from "@/components/admin/admin-table";
import { MediaAssetForm } from "@/components/admin/media/media-asset-form";
import { MediaDetailsForm } from "@/components/admin/media/media-details-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { buttonClass } from "@/components/admin/styles";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { deleteMediaAssetAction, setMediaPublishedAction } from "@/lib/media/actions";
import { getMediaForAdmin } from "@/lib/media/queries";
import { formatFileSize } from "@/lib/uploads/rules";
import { StatusBadge } from "@/components/admin/status-badge";

export const generateMetadata = adminPageMetadata("adminMedia");

export default async function AdminMediaPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("media:edit", { locale, returnTo: localizedPath(locale, "/admin/media") });
  const t = getTranslator(locale, "adminMedia");
  const kinds = getTranslator(locale, "mediaKind");
  const saving = getTranslator(locale, "adminForm")("saving");
  const kit = await getMediaForAdmin();
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")}>
        <Link href={localizedPath(locale, "/bao-chi")} className={buttonClass("secondary")}>
          {t("viewPublic")}
        </Link>
      </AdminPageHeader>
      {!kit ? (
        <p className="text-muted">{t("noEdition")}</p>
      ) : (
        <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
          <section aria-labelledby="media-list">
            <h2 id="media-list" className="mb-4 text-xl font-bold text-brand-900">
              {t("listTitle", { year: kit.edition.year })}
            </h2>
            <AdminTable label={getMessages(locale).adminTables.media}
              columns={[t("titleLabel"), t("kind"), t("size"), t("status"), ""]}
              empty={t("empty")}
              isEmpty={kit.assets.length === 0}
            >
              {kit.assets.map((asset) => (
                <tr key={asset.id}>
                  <AdminCell header>
                    {asset.title}
                    {asset.file && (
                      <span className="block text-sm font-normal break-all text-muted">{asset.file.originalName}</span>
                    )}
                    <details className="mt-2 font-normal">
                      <summary className="cursor-pointer text-sm font-semibold text-brand-700 underline underline-offset-4">
                        {t("edit")}
                        <span className="sr-only">: {asset.title}</span>
                      </summary>
                      <div className="mt-3 min-w-64">
                        <MediaDetailsForm locale={locale} asset={asset} />
                      </div>
                    </details>
                  </AdminCell>
                  <AdminCell>{kinds(asset.kind)}</AdminCell>
                  <AdminCell className="whitespace-nowrap">
                    {asset.file ? formatFileSize(asset.file.sizeBytes, locale) : "—"}
                  </AdminCell>
                  <AdminCell>
                    <StatusBadge tone={asset.isPublished ? "success" : "neutral"}>{asset.isPublished ? t("published") : t("draft")}</StatusBadge>
                  </AdminCell>
                  <AdminCell>
                    <div className="flex flex-wrap gap-2">
                      <ActionButtonForm
                        action={setMediaPublishedAction}
                        locale={locale}
                        fields={{ id: asset.id, publish: asset.isPublished ? "0" : "1" }}
                        label={asset.isPublished ? t("unpublish") : t("publish")}
                        pendingLabel={saving}
                        variant={asset.isPublished ? "secondary" : "primary"}
                      />
                      <ActionButtonForm
                        action={deleteMediaAssetAction}
                        locale={locale}
                        fields={{ id: asset.id }}
                        label={t("confirmDelete")}
                        pendingLabel={saving}
                        variant="danger"
                        confirm={{ summary: t("delete"), prompt: t("deletePrompt", { title: asset.title }) }}
                      />
                    </div>
                  </AdminCell>
                </tr>
              ))}
            </AdminTable>
          </section>
          <section aria-labelledby="media-add" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-brand-100">
            <h2 id="media-add" className="mb-4 text-xl font-bold text-brand-900">
              {t("addTitle")}
            </h2>
            <MediaAssetForm locale={locale} />
          </section>
        </div>
      )}
    </>
  );
}
