import { getTranslator } from "@/lib/i18n/translator";
import { html } from "@/lib/mail/html";
import { MAIL_BRAND, mailPage, type RenderedMail } from "@/lib/mail/layout";

// The two e-mails of a delegate's own address change: the confirmation link to the new address, the
// notice to the old one once it changed. Pure.

const t = getTranslator("vi", "selfServiceMail");

type Person = { fullName: string; code: string };

function compose(subject: string, paragraphs: string[], link?: string): RenderedMail {
  const text = [...paragraphs.slice(0, 2), ...(link ? [link] : []), ...paragraphs.slice(2), `${t("closing")}\n${t("signature")}`].join("\n\n");
  const body = html`${paragraphs.slice(0, 2).map((paragraph) => html`<p style="margin:0 0 12px">${paragraph}</p>`)}
    ${link && html`<p style="margin:0 0 12px;word-break:break-all"><a href="${link}" style="color:${MAIL_BRAND}">${link}</a></p>`}
    ${paragraphs.slice(2).map((paragraph) => html`<p style="margin:0 0 12px;font-size:14px">${paragraph}</p>`)}
    <p style="margin:16px 0 0">${t("closing")}<br />${t("signature")}</p>`;
  return { subject, text: `${text}\n`, html: mailPage(subject, body) };
}

export function renderEmailChangeMail(person: Person, confirmUrl: string): RenderedMail {
  return compose(
    t("confirmSubject", { code: person.code }),
    [t("greeting", { name: person.fullName }), t("confirmIntro", { code: person.code }), t("notRequested")],
    confirmUrl,
  );
}

export function renderEmailChangedMail(person: Person, newEmail: string): RenderedMail {
  return compose(t("changedSubject", { code: person.code }), [
    t("greeting", { name: person.fullName }),
    t("changedIntro", { code: person.code, email: newEmail }),
    t("changedNotYou"),
  ]);
}
