import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import { eraseApplicationAction } from "@/lib/privacy/actions";
import { DecisionForms } from "@/components/admin/exhibition/decision-forms";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { getApplicationForAdmin, listBoothsForAdmin, OPEN_APPLICATION_STATUSES } from "@/lib/exhibition/admin-queries";
import { productList } from "@/lib/exhibition/rules";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";

type Props = { params: Promise<{ locale: string; id: string }> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminApplications")("title") };
}

/** The next free code in zone A (A01, A02…), offered when accepting. */
function suggestCode(taken: readonly string[]): string {
  for (let number = 1; number < 100; number += 1) {
    const code = `A${String(number).padStart(2, "0")}`;
    if (!taken.includes(code)) return code;
  }
  return "";
}

export default async function ApplicationPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const user = await requirePermission("booths:edit", { locale, returnTo: localizedPath(locale, `/admin/booths/applications/${id}`) });
  if (!UUID.test(id)) notFound();
  const application = await getApplicationForAdmin(id);
  if (!application) notFound();
  const t = getTranslator(locale, "adminApplications");
  const erasure = getTranslator(locale, "adminErasure");
  const statuses = getMessages(locale).adminApplications.statuses;
  const categories = getTranslator(locale, "boothCategory");
  const isOpen = OPEN_APPLICATION_STATUSES.includes(application.status);
  const booths = isOpen ? await listBoothsForAdmin() : null;
  const rows: [string, string][] = [
    [t("status"), statuses[application.status]],
    [t("category"), categories(application.category)],
    [t("received"), formatDateTime(application.createdAt)],
    [t("contact"), `${application.contactName} · ${application.email} · ${application.phone}`],
    [
      t("publicContact"),
      application.publishConsentAt
        ? [application.publicEmail, application.publicPhone, application.publicWebsite].filter(Boolean).join(" · ")
        : t("publicContactNone"),
    ],
    [t("products"), productList(application.products).join("; ")],
    [t("needs"), application.needs || "—"],
    ...(application.booth ? ([[t("booth"), application.booth.code]] as [string, string][]) : []),
    ...(application.organizerMessage ? ([[t("organizerMessage"), application.organizerMessage]] as [string, string][]) : []),
  ];
  return (
    <>
      <AdminPageHeader
        title={application.organizationName}
        back={{ href: localizedPath(locale, "/admin/booths/applications"), label: t("back") }}
      />
      <div className="grid gap-8 lg:grid-cols-2">
        <dl className="grid content-start gap-x-4 gap-y-2 rounded-xl bg-white p-5 shadow-sm ring-1 ring-brand-100 sm:grid-cols-[auto_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-brand-900">{label}</dt>
              <dd className="break-words whitespace-pre-line">{value}</dd>
            </div>
          ))}
        </dl>
        {isOpen ? (
          <DecisionForms
            locale={locale}
            applicationId={application.id}
            organization={application.organizationName}
            suggestedCode={suggestCode(booths?.booths.map((booth) => booth.code) ?? [])}
          />
        ) : (
          <p className="text-muted">{t("closed")}</p>
        )}
        {!application.anonymizedAt && can(user.role, "privacy:manage") && (
          <a href={localizedPath(locale, `/admin/booths/applications/${application.id}/data`)} className="font-semibold text-brand-700 underline underline-offset-4" download>
            {erasure("download")}
          </a>
        )}
        {!application.anonymizedAt && (
          <ActionButtonForm
            action={eraseApplicationAction}
            locale={locale}
            fields={{ id: application.id }}
            label={erasure("confirm")}
            pendingLabel={erasure("erasing")}
            variant="danger"
            confirm={{ summary: erasure("erase"), prompt: erasure("prompt", { name: application.contactName }) }}
            showSuccess
          />
        )}
      </div>
    </>
  );
}
