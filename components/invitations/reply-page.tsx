import type { ReactNode } from "react";
import { Container } from "@/components/ui/container";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import type { InvitationSnapshot } from "@/lib/invitations/document";
import { venueLine } from "@/lib/agenda/present";
import { documentNumber, inviteeLine, officialTime } from "@/lib/invitations/rules";
import { ReplyForm } from "./reply-form";

type Props = {
  locale: Locale;
  token: string;
  invitation: {
    status: "ISSUED" | "REVOKED";
    response: "PENDING" | "ACCEPTED" | "DECLINED" | "SUBSTITUTED";
    substituteName: string | null;
    registrationCode: string | null;
    snapshot: InvitationSnapshot;
  };
};

function Banner({ tone, children }: { tone: "success" | "problem"; children: ReactNode }) {
  const style = tone === "success" ? "border-green-700 bg-green-50" : "border-accent-600 bg-accent-100";
  return (
    <div role="status" className={`rounded-md border-l-4 px-4 py-3 font-semibold ${style}`}>
      {children}
    </div>
  );
}

/** The invitation as issued (from its snapshot) and the invitee's answer, or the form to give one. */
export function ReplyPage({ locale, token, invitation }: Props) {
  const t = getTranslator(locale, "invitationReply");
  const { snapshot } = invitation;
  const number = documentNumber(snapshot.number, snapshot.symbol);
  const settled = invitation.response === "ACCEPTED" || invitation.response === "SUBSTITUTED";
  return (
    <Container className="max-w-3xl py-10">
      <h1 className="text-3xl font-bold text-brand-900">{t("title", { number })}</h1>
      <p className="mt-4 text-lg">{t("greeting", { name: inviteeLine(snapshot.invitee) })}</p>
      <p className="mt-2">{t("intro", { issuer: snapshot.issuer.name, subject: snapshot.subject })}</p>
      <section aria-labelledby="sessions-title" className="mt-6 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100">
        <h2 id="sessions-title" className="text-lg font-bold text-brand-900">
          {t("sessionsTitle")}
        </h2>
        <ul className="mt-3 space-y-3">
          {snapshot.sessions.map((session) => (
            <li key={session.id}>
              <p className="font-semibold">{session.title}</p>
              <p>{officialTime(new Date(session.startsAt))}</p>
              {session.venue && <p>{venueLine(session.venue.name, session.venue.address)}</p>}
            </li>
          ))}
        </ul>
        {invitation.status !== "REVOKED" && (
          <a href={localizedPath(locale, `/invitation/${encodeURIComponent(token)}/pdf`)} className="mt-4 inline-block font-semibold text-brand-700 underline underline-offset-4">
            {t("downloadPdf")}
          </a>
        )}
      </section>
      <div className="mt-8 space-y-6">
        {invitation.status === "REVOKED" ? (
          <Banner tone="problem">{t("revoked")}</Banner>
        ) : (
          <>
            {invitation.response === "ACCEPTED" && <Banner tone="success">{t("answeredAccepted", { code: invitation.registrationCode ?? "" })}</Banner>}
            {invitation.response === "SUBSTITUTED" && (
              <Banner tone="success">{t("answeredSubstituted", { name: invitation.substituteName ?? "", code: invitation.registrationCode ?? "" })}</Banner>
            )}
            {invitation.response === "DECLINED" && <Banner tone="success">{t("answeredDeclined")}</Banner>}
            {!settled && <ReplyForm locale={locale} token={token} />}
          </>
        )}
      </div>
    </Container>
  );
}
