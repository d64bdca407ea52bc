import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CheckInStation } from "@/components/check-in/check-in-station";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { getBackOfficeContext } from "@/lib/registration/admin-queries";
import { formatDateTime } from "@/lib/time/format";

const titled = adminPageMetadata("adminCheckIn");

/** The station installs as a web app of its own (opened offline from the home screen). */
export async function generateMetadata(props: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await props.params;
  const metadata = await titled(props);
  return isLocale(locale) ? { ...metadata, manifest: localizedPath(locale, "/admin/check-in/manifest") } : metadata;
}

export default async function CheckInPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("checkin:scan", { locale, returnTo: localizedPath(locale, "/admin/check-in") });
  const t = getTranslator(locale, "adminCheckIn");
  const context = await getBackOfficeContext("checkin:scan");
  if (!context) return <AdminPageHeader title={t("title")} intro={t("noEdition")} />;
  const sessions = context.sessions.map((session) => ({ id: session.id, label: `${formatDateTime(session.startsAt)} · ${session.title}` }));
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      <CheckInStation locale={locale} sessions={sessions} />
    </>
  );
}
