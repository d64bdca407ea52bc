import { getTranslator } from "@/lib/i18n/translator";
import { html } from "@/lib/mail/html";
import { MAIL_BRAND, mailPage, type RenderedMail } from "@/lib/mail/layout";

// The survey e-mail, rendered from what the due query returns: pure, so whichever sender queues it
// (today sendMail, tomorrow the outbox) sends the same message.

const t = getTranslator("vi", "feedbackMail");

export function renderSurveyMail(delegate: { fullName: string | null; sessionTitle: string }, surveyUrl: string): RenderedMail {
  const values = { name: delegate.fullName ?? t("delegate"), session: delegate.sessionTitle };
  const subject = t("subject", values);
  const text = [t("greeting", values), t("intro", values), `${t("linkLabel")}\n${surveyUrl}`, t("anonymous"), `${t("closing")}\n${t("signature")}`].join("\n\n");
  const body = html`<p style="margin:0 0 12px">${t("greeting", values)}</p>
    <p style="margin:0 0 16px">${t("intro", values)}</p>
    <p style="margin:0 0 16px">
      <a href="${surveyUrl}" style="display:inline-block;background:${MAIL_BRAND};color:#ffffff;padding:12px 20px;border-radius:8px;text-decoration:none;font-weight:bold">${t("button")}</a>
    </p>
    <p style="margin:0 0 16px;font-size:14px;color:#4a5568">${t("anonymous")}</p>
    <p style="margin:0">${t("closing")}<br />${t("signature")}</p>`;
  return { subject, text, html: mailPage(subject, body) };
}
