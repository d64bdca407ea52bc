import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { sectionsFor } from "@/components/admin/nav-items";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { WaitingWork } from "@/components/admin/waiting-work";
import { requireUser } from "@/lib/auth/guard";
import { capabilitiesOf } from "@/lib/auth/roles";
import { listWaitingWork } from "@/lib/dashboard/queries";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";

export const generateMetadata = adminPageMetadata("adminDashboard");

export default async function AdminDashboardPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const user = await requireUser({ locale, returnTo: localizedPath(locale, "/admin") });
  // Check-in staff have one screen: a dashboard holding one link would only be a detour at the door.
  if (user.role === "CHECKIN_STAFF") redirect(localizedPath(locale, "/admin/check-in"));
  const t = getTranslator(locale, "adminDashboard");
  const shell = getTranslator(locale, "adminShell");
  const roles = getTranslator(locale, "adminRoles");
  const capabilities = getTranslator(locale, "adminCapabilities");
  const cards: Record<string, string> = getMessages(locale).adminDashboard.cards;
  const sections = sectionsFor(user.role).filter((section) => section.capability !== null);
  const waiting = await listWaitingWork();
  return (
    <>
      <AdminPageHeader title={t("greeting", { name: user.name })} intro={t("role", { role: roles(user.role) })} />
      {waiting.length > 0 && <WaitingWork locale={locale} items={waiting} />}
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="sections-title">
          <h2 id="sections-title" className="text-lg font-bold text-brand-900">
            {t("sectionsTitle")}
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {sections.map((section) => (
              <li key={section.href}>
                <Link
                  href={localizedPath(locale, section.href)}
                  className="block h-full rounded-lg bg-white p-4 shadow-sm ring-1 ring-brand-100 hover:ring-brand-600"
                >
                  <span className="font-semibold text-brand-800">{shell(section.labelKey)}</span>
                  <span className="mt-1 block text-sm text-muted">{cards[section.labelKey]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="capabilities-title">
          <h2 id="capabilities-title" className="text-lg font-bold text-brand-900">
            {t("capabilitiesTitle")}
          </h2>
          <ul className="mt-4 list-disc space-y-1 pl-5 text-ink">
            {capabilitiesOf(user.role).map((capability) => (
              <li key={capability}>{capabilities(capability)}</li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
