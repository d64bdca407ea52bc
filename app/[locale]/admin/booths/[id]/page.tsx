import { notFound } from "next/navigation";
import { BoothForm } from "@/components/admin/exhibition/booth-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { FloorMap } from "@/components/exhibition/floor-map";
import { requirePermission } from "@/lib/auth/guard";
import { listBoothsForAdmin } from "@/lib/exhibition/admin-queries";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

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
  const { venue: _venue, id: _id, status, ...fields } = booth;
  const initial = Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, value === null ? "" : String(value)]));
  if (status === "PUBLISHED") initial.publish = "on";
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
    </>
  );
}
