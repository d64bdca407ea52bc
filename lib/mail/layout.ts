import { html, type SafeHtml } from "./html";

// The frame of every e-mail the portal sends: a title bar and a white card, inline styles only, as mail
// clients require.

export type RenderedMail = { subject: string; text: string; html: string };

export const MAIL_BRAND = "#0a2a5e";

/** One e-mail: a title bar and a white card in layout tables (Outlook ignores the widths of a div). */
export function mailPage(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="vi">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>${title}</title>
      </head>
      <body style="margin:0;padding:0;background:#f2f6fd;font-family:Arial,Helvetica,sans-serif;color:#14213d;line-height:1.5">
        <table role="presentation" width="100%" cellpadding="0" cellspacing="0">
          <tr>
            <td align="center" style="padding:24px 12px">
              <table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:12px;table-layout:fixed">
                <tr>
                  <td style="background:${MAIL_BRAND};color:#ffffff;padding:20px 24px;border-radius:12px 12px 0 0;font-weight:bold">
                    ${title}
                  </td>
                </tr>
                <tr>
                  <td style="padding:24px;overflow-wrap:anywhere">${body}</td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html>`.value;
}
