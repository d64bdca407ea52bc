import type { BoothCategory } from "@/lib/generated/prisma/enums";
import { getTranslator } from "@/lib/i18n/translator";
import { html, type SafeHtml } from "@/lib/mail/html";
import { formatDateTime } from "@/lib/time/format";
import { productList } from "./rules";

// The applicant's e-mails, as plain text and HTML. Pure: the caller loads the data and sends.
// Applicants are not asked for a language, and the Week's documents are Vietnamese.

export type RenderedMail = { subject: string; text: string; html: string };

export type MailApplication = {
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

const BRAND = "#0a2a5e";

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

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>${title}</title>
      </head>
      <body
        style="margin:0;padding:24px 12px;background:#f2f6fd;font-family:Arial,Helvetica,sans-serif;color:#14213d;line-height:1.5"
      >
        <div style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:12px;overflow:hidden">
          <div style="background:${BRAND};color:#ffffff;padding:20px 24px;font-weight:bold">${title}</div>
          <div style="padding:24px">${body}</div>
        </div>
      </body>
    </html>`.value;
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
