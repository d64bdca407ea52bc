import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import { BoothForm } from "@/components/admin/exhibition/booth-form";
import { BoothImagesPanel } from "@/components/admin/exhibition/booth-images-panel";
import { AdminPageHeader } from "@/components/admin/page-header";
import { FloorMap } from "@/components/exhibition/floor-map";
import { requirePermission } from "@/lib/auth/guard";
import { deleteBoothAction } from "@/lib/exhibition/admin-actions";
import { listBoothImagesForAdmin, listBoothsForAdmin } from "@/lib/exhibition/admin-queries";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminBooths")("title") };
}

export default async function EditBoothPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("booths:edit", { locale, returnTo: localizedPath(locale, `/admin/booths/${id}`) });
  const t = getTranslator(locale, "adminBooths");
  const exhibition = await listBoothsForAdmin();
  const booth = exhibition?.booths.find((candidate) => candidate.id === id);
  if (!exhibition || !booth) notFound();
  const images = await listBoothImagesForAdmin(booth.id);
  const { venue: _venue, id: _id, status, contactsPublishedAt, ...fields } = booth;
  const initial = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value === null ? "" : String(value)]));
  if (status === "PUBLISHED") initial.publish = "on";
  if (contactsPublishedAt) {
    initial.contactsConsent = "on";
    initial.contactsConsentAt = formatDateTime(contactsPublishedAt);
  }
  return (
    <>
      <AdminPageHeader
        title={t("editTitle", { code: booth.code })}
        back={{ href: localizedPath(locale, "/admin/booths"), label: t("back") }}
      />
      <div className="grid gap-8 lg:grid-cols-2">
        <BoothForm locale={locale} boothId={booth.id} initial={initial} />
        <div className="overflow-x-auto rounded-xl bg-white p-3 shadow-sm ring-1 ring-brand-100">
          <FloorMap
            locale={locale}
            plan={exhibition.plan}
            booths={exhibition.booths}
            id="booth-location"
            label={t("editTitle", { code: booth.code })}
            highlightCode={booth.code}
          />
        </div>
      </div>
      <div className="mt-10 max-w-3xl">
        <BoothImagesPanel locale={locale} boothId={booth.id} images={images} />
      </div>
      <section aria-labelledby="booth-delete" className="mt-10 max-w-3xl">
        <h2 id="booth-delete" className="text-xl font-bold text-brand-900">
          {t("delete")}
        </h2>
        <p className="mt-1 mb-3 text-sm text-muted">{t("deleteHint")}</p>
        <ActionButtonForm
          action={deleteBoothAction}
          locale={locale}
          fields={{ id: booth.id }}
          label={t("confirmDelete")}
          pendingLabel={t("deleting")}
          variant="danger"
          confirm={{ summary: t("delete"), prompt: t("deletePrompt", { code: booth.code }) }}
        />
      </section>
    </>
  );
}
