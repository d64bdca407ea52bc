import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { AdminPanel } from "@/components/admin/panel";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { runRetentionAction } from "@/lib/privacy/actions";
import { getRetentionPlan } from "@/lib/privacy/queries";
import type { RetentionItem } from "@/lib/privacy/retention-store";
import { formatDate } from "@/lib/time/format";

export const generateMetadata = adminPageMetadata("adminRetention");

/** At most this many rows of each kind are listed; the count says how many there are. */
const SHOWN = 50;

function ItemList({ title, items, locale }: { title: string; items: RetentionItem[]; locale: Locale }) {
  const t = getTranslator(locale, "adminRetention");
  return (
    <div>
      <h3 className="font-semibold text-brand-900">{t("kindCount", { kind: title, count: items.length })}</h3>
      {items.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
          {items.slice(0, SHOWN).map((item) => (
            <li key={item.id}>
              {item.label} · {t("createdOn", { date: formatDate(item.createdAt) })}
            </li>
          ))}
          {items.length > SHOWN && <li>{t("more", { count: items.length - SHOWN })}</li>}
        </ul>
      )}
    </div>
  );
}

export default async function RetentionPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("privacy:manage", { locale, returnTo: localizedPath(locale, "/admin/privacy/retention") });
  const t = getTranslator(locale, "adminRetention");
  const { now, plan } = await getRetentionPlan();
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      <p className="mb-6 text-sm text-muted">{t("asOf", { date: formatDate(now) })}</p>
      {plan.length === 0 ? (
        <p role="status" className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
          {t("nothingDue")}
        </p>
      ) : (
        <div className="space-y-6">
          {plan.map((item) => (
            <AdminPanel
              key={item.edition.id}
              title={t("editionTitle", { name: item.edition.name, date: formatDate(item.dueAt) })}
            >
              <div className="grid gap-4 md:grid-cols-3">
                <ItemList title={t("registrations")} items={item.registrations} locale={locale} />
                <ItemList title={t("accreditations")} items={item.accreditations} locale={locale} />
                <ItemList title={t("applications")} items={item.applications} locale={locale} />
              </div>
            </AdminPanel>
          ))}
          <ActionButtonForm
            action={runRetentionAction}
            locale={locale}
            fields={{ run: "retention" }}
            label={t("run")}
            pendingLabel={t("running")}
            variant="primary"
            confirm={{ summary: t("run"), prompt: t("confirm") }}
            showSuccess
          />
        </div>
      )}
    </>
  );
}
