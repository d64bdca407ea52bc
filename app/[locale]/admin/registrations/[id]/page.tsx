import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "@/lib/zod";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { AdminPageHeader } from "@/components/admin/page-header";
import { AdminPanel } from "@/components/admin/panel";
import { buttonClass } from "@/components/admin/styles";
import { ConsentTable } from "@/components/admin/registrations/consent-table";
import { RegistrationDetailsForm } from "@/components/admin/registrations/registration-details-form";
import { CancelRegistrationForm, ResendConfirmationForm } from "@/components/admin/registrations/registration-status-forms";
import { SeatMoveForm } from "@/components/admin/registrations/seat-move-form";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { getRegistrationDetail } from "@/lib/registration/admin-queries";
import type { RegistrationDetail } from "@/lib/registration/admin-store";
import { seatsLeft } from "@/lib/registration/rules";
import { formatDate, formatDateTime } from "@/lib/time/format";
import { formatPhoneNumber } from "@/lib/i18n/phone";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminRegistrations")("detailsTitle") };
}

function SeatList({ registration, t }: { registration: RegistrationDetail; t: ReturnType<typeof getTranslator<"adminRegistrations">> }) {
  if (registration.seats.length === 0) return <p className="text-muted">{t("noSeats")}</p>;
  return (
    <ul className="space-y-2">
      {registration.seats.map((seat) => (
        <li key={seat.sessionId}>
          <span className="font-semibold">{seat.title}</span> · {formatDateTime(seat.startsAt)}
          <span className="block text-sm text-muted">
            {seat.status === "CONFIRMED" ? t("confirmed") : t("waitlisted", { position: seat.waitlistPosition ?? "?" })}
          </span>
        </li>
      ))}
    </ul>
  );
}

export default async function RegistrationPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("registrations:read", { locale, returnTo: localizedPath(locale, `/admin/registrations/${id}`) });
  if (!z.uuid().safeParse(id).success) notFound();
  const registration = await getRegistrationDetail(id);
  if (!registration) notFound();
  const t = getTranslator(locale, "adminRegistrations");
  const isActive = registration.status === "ACTIVE";
  const name = registration.fullName ?? registration.code;
  const heldSlugs = new Set(registration.seats.map((seat) => seat.slug));
  return (
    <>
      <AdminPageHeader
        title={name}
        intro={`${registration.code} · ${t(`status${registration.status}`)}`}
        back={{ href: localizedPath(locale, "/admin/registrations"), label: t("backToList") }}
      >
        {isActive && (
          <a href={`${localizedPath(locale, "/admin/registrations/badges")}?q=${registration.code}`} className={buttonClass("secondary")}>
            {getTranslator(locale, "adminExport")("badges")}
          </a>
        )}
      </AdminPageHeader>
      {registration.cancelledAt && <p className="mb-6 font-semibold text-accent-700">{t("cancelledOn", { date: formatDate(registration.cancelledAt) })}</p>}
      <div className="grid gap-6 lg:grid-cols-2">
        <AdminPanel title={t("detailsTitle")} className="lg:col-span-2">
          <RegistrationDetailsForm
            locale={locale}
            registrationId={registration.id}
            details={{
              fullName: registration.fullName ?? "",
              position: registration.position ?? "",
              organization: registration.organization ?? "",
              group: registration.group,
              email: registration.email ?? "",
              phone: formatPhoneNumber(registration.phone),
              province: registration.province ?? "",
            }}
          />
        </AdminPanel>
        <AdminPanel title={t("seatsTitle")}>
          <SeatList registration={registration} t={t} />
        </AdminPanel>
        {isActive && registration.seats.length > 0 && (
          <AdminPanel title={t("moveTitle")}>
            <p className="mb-4 text-sm text-muted">{t("moveIntro")}</p>
            <SeatMoveForm
              locale={locale}
              registrationId={registration.id}
              held={registration.seats.map((seat) => ({ slug: seat.slug, label: seat.title }))}
              open={registration.openSessions
                .filter((session) => !heldSlugs.has(session.slug))
                .map((session) => ({
                  slug: session.slug,
                  label: `${session.title} (${t("seatsLeft", { count: seatsLeft(session.capacity, session.seatsTaken) })})`,
                }))}
            />
          </AdminPanel>
        )}
        <AdminPanel title={t("checkInsTitle")}>
          {registration.checkIns.length === 0 ? (
            <p className="text-muted">{t("noCheckIns")}</p>
          ) : (
            <ul className="space-y-1">
              {registration.checkIns.map((checkIn) => (
                <li key={checkIn.session.title}>
                  {t("checkInLine", {
                    session: checkIn.session.title,
                    time: formatDateTime(checkIn.checkedInAt),
                    staff: checkIn.staffUser?.name ?? t("unknownStaff"),
                  })}
                </li>
              ))}
            </ul>
          )}
        </AdminPanel>
        <AdminPanel title={t("consentsTitle")}>
          <ConsentTable locale={locale} consents={registration.consents} />
        </AdminPanel>
        {isActive && (
          <>
            <AdminPanel title={t("resendTitle")}>
              <p className="mb-4 font-semibold text-ink">
                {registration.confirmationMailedAt
                  ? t("confirmationMailed", { time: formatDateTime(registration.confirmationMailedAt) })
                  : t("confirmationDue")}
              </p>
              {registration.mailRefusedAt && (
                <p className="mb-4 font-semibold text-accent-700">
                  {t("mailRefused", { time: formatDateTime(registration.mailRefusedAt) })}
                </p>
              )}
              <ResendConfirmationForm locale={locale} registrationId={registration.id} />
            </AdminPanel>
            <AdminPanel title={t("cancelTitle")}>
              <CancelRegistrationForm locale={locale} registrationId={registration.id} name={name} />
            </AdminPanel>
          </>
        )}
      </div>
      <section className="mt-8" aria-labelledby="audit-title">
        <h2 id="audit-title" className="mb-4 text-lg font-bold text-brand-900">
          {t("auditTitle")}
        </h2>
        <AuditTable locale={locale} entries={registration.auditEntries} />
      </section>
    </>
  );
}
