import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { SessionForm } from "@/components/admin/sessions/session-form";
import { resolveAdminEdition, sessionFormOptions } from "@/lib/agenda/admin-queries";
import { newSessionFormValues } from "@/lib/agenda/schema";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminSessions")("newTitle") };
}

export default async function NewSessionPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("agenda:edit", { locale, returnTo: localizedPath(locale, "/admin/sessions/new") });
  const { edition: year } = await searchParams;
  const { edition } = await resolveAdminEdition(typeof year === "string" ? year : undefined);
  if (!edition) notFound();
  const t = getTranslator(locale, "adminSessions");
  return (
    <>
      <AdminPageHeader
        title={t("newTitle")}
        intro={t("newIntro", { edition: edition.year })}
        back={{ href: localizedPath(locale, `/admin/sessions?edition=${edition.year}`), label: t("backToList") }}
      />
      <div className="max-w-3xl">
        <SessionForm
          locale={locale}
          target={{ editionId: edition.id }}
          initialValues={newSessionFormValues(edition)}
          options={await sessionFormOptions()}
        />
      </div>
    </>
  );
}
