import { Container } from "@/components/ui/container";
import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { cancelDelegationMemberAction, eraseDelegationRegistrantAction } from "@/lib/registration/delegation-actions";
import type { DelegationMemberView, DelegationView } from "@/lib/registration/delegation-queries";
import { SubmitButton } from "./submit-button";

type Props = { locale: Locale; token: string; delegation: DelegationView; notice?: "registered" | "cancelled" };

/** The registrant's view of their delegation: each member's code and seats, and a cancel button per member. */
export function DelegationPage({ locale, token, delegation, notice }: Props) {
  const t = getTranslator(locale, "delegation");
  return (
    <Container className="max-w-3xl py-10 sm:py-14">
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t("manageTitle", { organization: delegation.organization })}</h1>
      {notice && (
        <p role="status" className="mt-6 rounded-lg border border-brand-600 bg-brand-50 p-4 font-semibold text-brand-900">
          {t(notice === "registered" ? "manageRegistered" : "cancelled")}
        </p>
      )}
      <p className="mt-4 text-lg text-muted">{t("manageIntro", { name: delegation.registrantName })}</p>
      <ul className="mt-8 space-y-4" aria-label={t("membersTitle")}>
        {delegation.members.map((member) => (
          <li key={member.id}>
            <MemberCard locale={locale} token={token} member={member} />
          </li>
        ))}
      </ul>
      <section aria-labelledby="erase-title" className="mt-10 border-t border-brand-100 pt-8">
        <h2 id="erase-title" className="text-2xl font-bold text-brand-900">
          {t("eraseTitle")}
        </h2>
        <details className="mt-3">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-accent-700 underline underline-offset-4">{t("eraseTitle")}</summary>
          <form action={eraseDelegationRegistrantAction} className="mt-2 space-y-3">
            <p>{t("eraseText")}</p>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
            <SubmitButton variant="danger" label={t("eraseSubmit")} pendingLabel={t("erasing")} />
          </form>
        </details>
      </section>
    </Container>
  );
}

function MemberCard({ locale, token, member }: { locale: Locale; token: string; member: DelegationMemberView }) {
  const t = getTranslator(locale, "delegation");
  const name = member.fullName ?? t("memberErased");
  return (
    <article aria-label={name} className="rounded-xl border border-brand-100 bg-white p-4 shadow-sm sm:p-5">
      <h2 className="text-lg font-bold text-brand-900">{name}</h2>
      <p className="mt-1 text-sm text-muted">
        {t("memberCode")}: <span className="font-mono font-semibold text-ink">{member.code}</span>
      </p>
      {member.status === "ACTIVE" ? (
        <ul className="mt-3 space-y-2">
          {member.seats.map((seat) => (
            <li key={seat.sessionId} className="flex flex-wrap items-baseline justify-between gap-2">
              <span>{pickLocalized(locale, seat.title, seat.titleEn)}</span>
              <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${seat.status === "CONFIRMED" ? "bg-brand-100 text-brand-800" : "bg-accent-100 text-accent-700"}`}>
                {seat.status === "CONFIRMED" ? t("seatConfirmed") : t("seatWaitlisted", { position: seat.waitlistPosition ?? "?" })}
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 font-semibold text-accent-700">{member.status === "ERASED" ? t("memberErased") : t("memberCancelled")}</p>
      )}
      {member.status === "ACTIVE" && (
        // Asked twice without JavaScript: the button that cancels is inside the opened confirmation.
        <details className="mt-4">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-accent-700 underline underline-offset-4">{t("cancelMember", { name })}</summary>
          <form action={cancelDelegationMemberAction} className="mt-2 space-y-3">
            <p>{t("cancelConfirm")}</p>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="token" value={token} />
            <input type="hidden" name="registrationId" value={member.id} />
            <SubmitButton variant="danger" label={t("cancelMember", { name })} pendingLabel={t("cancelling")} />
          </form>
        </details>
      )}
    </article>
  );
}
