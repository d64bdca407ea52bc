import { html, type SafeHtml } from "./html";

// The frame of the portal's plain transactional e-mails (exhibitors, journalists): a title bar and a
// white card, inline styles only, as mail clients require.

export type RenderedMail = { subject: string; text: string; html: string };

export const MAIL_BRAND = "#0a2a5e";

export function mailPage(title: string, body: SafeHtml): string {
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
          <div style="background:${MAIL_BRAND};color:#ffffff;padding:20px 24px;font-weight:bold">${title}</div>
          <div style="padding:24px">${body}</div>
        </div>
      </body>
    </html>`.value;
}
