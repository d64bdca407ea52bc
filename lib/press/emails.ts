import { getTranslator } from "@/lib/i18n/translator";
import { html } from "@/lib/mail/html";
import { mailPage, MAIL_BRAND, type RenderedMail } from "@/lib/mail/layout";

// The journalist's e-mails, as plain text and HTML. Pure: the caller loads the data and sends.

const t = getTranslator("vi", "pressMail");

type Journalist = { fullName: string; outlet: string; cardNumber: string };

export function renderPressPassMail(
  journalist: Journalist & { passCode: string },
  links: { edition: string; mediaUrl: string; qrCid: string },
): RenderedMail {
  const values = { name: journalist.fullName, edition: links.edition, code: journalist.passCode, outlet: journalist.outlet };
  const subject = t("approvedSubject", values);
  const text = [
    t("greeting", values),
    t("approvedText", values),
    `${t("passLabel")}: ${journalist.passCode}\n${t("outletLabel")}: ${journalist.outlet}\n${t("cardLabel")}: ${journalist.cardNumber}`,
    t("qrText"),
    `${t("mediaText")}\n${links.mediaUrl}`,
    t("personalLink"),
    `${t("closing")}\n${t("signature")}`,
  ].join("\n\n");
  const body = html`<p style="margin:0 0 12px">${t("greeting", values)}</p>
    <p style="margin:0 0 16px">${t("approvedText", values)}</p>
    <div style="border:2px solid ${MAIL_BRAND};border-radius:12px;padding:16px;text-align:center">
      <p style="margin:0;font-size:13px;color:#4a5568">${t("passLabel")}</p>
      <p style="margin:4px 0 12px;font-size:24px;font-weight:bold;color:${MAIL_BRAND};letter-spacing:2px">
        ${journalist.passCode}
      </p>
      <img src="cid:${links.qrCid}" width="200" height="200" alt="${t("qrAlt", values)}" style="display:block;margin:0 auto" />
      <p style="margin:12px 0 0">${journalist.fullName} · ${journalist.outlet}</p>
    </div>
    <p style="margin:16px 0 0">${t("qrText")}</p>
    <p style="margin:16px 0 0">${t("mediaText")}</p>
    <p style="margin:8px 0 0"><a href="${links.mediaUrl}" style="color:${MAIL_BRAND};font-weight:bold">${t("mediaLink")}</a></p>
    <p style="margin:12px 0 0;font-size:13px;color:#4a5568">${t("personalLink")}</p>
    <p style="margin:24px 0 0">${t("closing")}<br />${t("signature")}</p>`;
  return { subject, text: `${text}\n`, html: mailPage(subject, body) };
}

/** A short letter: greeting, the decision's text, the organiser's note if any, closing. */
function renderDecisionLetter(
  subject: string,
  values: Record<string, string>,
  textKey: "rejectedText" | "revokedText",
  note: string,
): RenderedMail {
  const paragraphs = [t("greeting", values), t(textKey, values), ...(note ? [note] : [])];
  const text = [...paragraphs, `${t("closing")}\n${t("signature")}`].join("\n\n");
  const body = html`${paragraphs.map((paragraph) => html`<p style="margin:0 0 12px;white-space:pre-line">${paragraph}</p>`)}
    <p style="margin:24px 0 0">${t("closing")}<br />${t("signature")}</p>`;
  return { subject, text: `${text}\n`, html: mailPage(subject, body) };
}

/** The acknowledgement a journalist receives on applying, before any decision. */
export function renderPressReceivedMail(journalist: Journalist, details: { edition: string }): RenderedMail {
  const values = { name: journalist.fullName, edition: details.edition, outlet: journalist.outlet, card: journalist.cardNumber };
  const paragraphs = [t("greeting", values), t("receivedText", values), t("receivedData")];
  const text = [...paragraphs, `${t("closing")}\n${t("signature")}`].join("\n\n");
  const body = html`${paragraphs.map((paragraph) => html`<p style="margin:0 0 12px">${paragraph}</p>`)}
    <p style="margin:24px 0 0">${t("closing")}<br />${t("signature")}</p>`;
  const subject = t("receivedSubject", values);
  return { subject, text: `${text}\n`, html: mailPage(subject, body) };
}

export function renderPressRejectedMail(journalist: Journalist, details: { edition: string; note: string }): RenderedMail {
  const values = { name: journalist.fullName, edition: details.edition, outlet: journalist.outlet };
  return renderDecisionLetter(t("rejectedSubject", values), values, "rejectedText", details.note);
}

export function renderPressRevokedMail(
  journalist: Journalist & { passCode: string },
  details: { edition: string; note: string },
): RenderedMail {
  const values = { name: journalist.fullName, edition: details.edition, outlet: journalist.outlet, code: journalist.passCode };
  return renderDecisionLetter(t("revokedSubject", values), values, "revokedText", details.note);
}
