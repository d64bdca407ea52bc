import type { BoothCategory } from "@/lib/generated/prisma/enums";
import { getTranslator } from "@/lib/i18n/translator";
import { html } from "@/lib/mail/html";
import { mailPage as page, MAIL_BRAND as BRAND, type RenderedMail } from "@/lib/mail/layout";
import { formatDateTime } from "@/lib/time/format";
import { productList } from "./rules";

// The applicant's e-mails, as plain text and HTML. Pure: the caller loads the data and sends.
// Applicants are not asked for a language, and the Week's documents are Vietnamese.

export type { RenderedMail } from "@/lib/mail/layout";

type MailApplication = {
  organizationName: string;
  contactName: string;
  category: BoothCategory;
  products: string;
  needs: string;
  phone: string;
  createdAt: Date;
};

const t = getTranslator("vi", "exhibitorApplicationMail");
const categories = getTranslator("vi", "boothCategory");

function summaryRows(application: MailApplication): [label: string, value: string][] {
  const rows: [string, string][] = [
    [t("organizationLabel"), application.organizationName],
    [t("categoryLabel"), categories(application.category)],
    [t("productsLabel"), productList(application.products).join("; ")],
    [t("phoneLabel"), application.phone],
    [t("receivedAtLabel"), formatDateTime(application.createdAt)],
  ];
  if (application.needs) rows.splice(3, 0, [t("needsLabel"), application.needs.replace(/\n+/g, "; ")]);
  return rows;
}

/** The acknowledgement sent as soon as an application is stored. */
export function renderApplicationReceivedMail(
  application: MailApplication,
  names: { edition: string; exhibition: string },
): RenderedMail {
  const values = { organization: application.organizationName, edition: names.edition, exhibition: names.exhibition };
  const subject = t("subject", values);
  const rows = summaryRows(application);
  const text = [
    t("greeting", { name: application.contactName }),
    t("intro", values),
    `${t("summaryTitle")}:\n${rows.map(([label, value]) => `- ${label}: ${value}`).join("\n")}`,
    t("next"),
    t("notRequested"),
    `${t("closing")}\n${t("signature")}`,
  ].join("\n\n");
  const body = html`<p style="margin:0 0 12px">${t("greeting", { name: application.contactName })}</p>
    <p style="margin:0 0 16px">${t("intro", values)}</p>
    <h2 style="font-size:18px;color:${BRAND};margin:0 0 8px">${t("summaryTitle")}</h2>
    <table
      role="presentation"
      cellpadding="0"
      cellspacing="0"
      style="width:100%;font-size:14px;border:1px solid #e3ecfa;border-radius:8px"
    >
      ${rows.map(
        ([label, value]) =>
          html`<tr>
            <th align="left" valign="top" style="padding:8px 12px;color:${BRAND};width:38%">${label}</th>
            <td style="padding:8px 12px">${value}</td>
          </tr>`,
      )}
    </table>
    <p style="margin:16px 0 0">${t("next")}</p>
    <p style="margin:12px 0 0;font-size:13px;color:#4a5568">${t("notRequested")}</p>
    <p style="margin:24px 0 0">${t("closing")}<br />${t("signature")}</p>`;
  return { subject, text: `${text}\n`, html: page(subject, body) };
}

type DecisionMailInput = {
  organizationName: string;
  contactName: string;
  decision: "accept" | "decline" | "request-changes";
  boothCode: string | null;
  message: string;
};

const DECISION_KEYS = {
  accept: { subject: "acceptSubject", text: "acceptText" },
  decline: { subject: "declineSubject", text: "declineText" },
  "request-changes": { subject: "changesSubject", text: "changesText" },
} as const;

/** The organisers' decision: accepted (with the booth's code and a link to it on the map), declined, or changes asked for. */
export function renderApplicationDecisionMail(
  application: DecisionMailInput,
  names: { edition: string; boothUrl: string | null },
): RenderedMail {
  const keys = DECISION_KEYS[application.decision];
  const values = {
    organization: application.organizationName,
    edition: names.edition,
    code: application.boothCode ?? "",
    link: names.boothUrl ?? "",
  };
  const subject = t(keys.subject, values);
  const paragraphs = [t("greeting", { name: application.contactName }), t(keys.text, values)];
  const note = application.message ? `${t("messageLabel")}:\n${application.message}` : null;
  const text = [...paragraphs, ...(note ? [note] : []), `${t("closing")}\n${t("signature")}`].join("\n\n");
  const body = html`${paragraphs.map((paragraph) => html`<p style="margin:0 0 12px">${paragraph}</p>`)}
    ${
      note
        ? html`<div style="margin:16px 0;padding:12px 16px;border-left:4px solid ${BRAND};background:#f2f6fd">
            <strong>${t("messageLabel")}</strong>
            <p style="margin:8px 0 0;white-space:pre-line">${application.message}</p>
          </div>`
        : ""
    }
    <p style="margin:24px 0 0">${t("closing")}<br />${t("signature")}</p>`;
  return { subject, text: `${text}\n`, html: page(subject, body) };
}
