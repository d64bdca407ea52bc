import { getTranslator } from "@/lib/i18n/translator";
import { html } from "@/lib/mail/html";
import { MAIL_BRAND, mailPage, type RenderedMail } from "@/lib/mail/layout";

// The registrant's e-mail: the delegation's manage link. Pure. It names no member on purpose: a
// member erased later must leave no copy of themselves in the registrant's mail.

const t = getTranslator("vi", "delegationMail");

type DelegationMailInput = { registrantName: string; organization: string; edition: string; members: number; manageUrl: string };

export function renderDelegationMail(input: DelegationMailInput): RenderedMail {
  const subject = t("subject", { organization: input.organization, edition: input.edition });
  const intro = t("intro", { organization: input.organization, count: input.members, edition: input.edition });
  const greeting = t("greeting", { name: input.registrantName });
  const text = [greeting, intro, `${t("linkNote")}\n${input.manageUrl}`, `${t("closing")}\n${t("signature")}`].join("\n\n");
  const body = html`<p style="margin:0 0 12px">${greeting}</p>
    <p style="margin:0 0 12px">${intro}</p>
    <p style="margin:0 0 12px">${t("linkNote")}</p>
    <p style="margin:0 0 12px;word-break:break-all"><a href="${input.manageUrl}" style="color:${MAIL_BRAND}">${input.manageUrl}</a></p>
    <p style="margin:16px 0 0">${t("closing")}<br />${t("signature")}</p>`;
  return { subject, text: `${text}\n`, html: mailPage(subject, body) };
}
