import { html } from "@/lib/mail/html";
import type { InvitationSnapshot } from "./document";
import { documentNumber, inviteeLine } from "./rules";

// The e-mails of an invitation, as plain text and HTML. Pure: the caller loads the data and sends.
// Invitees are addressed in Vietnamese: the invitation itself is a Vietnamese official document.

export type RenderedMail = { subject: string; text: string; html: string };

const BRAND = "#0a2a5e";

function layout(paragraphs: string[], link: { url: string; label: string }): string {
  return html`<!doctype html>
<html lang="vi"><body style="margin:0;padding:24px;background:#f4f7fc;font-family:Arial,sans-serif;color:#1a202c">
<table role="presentation" width="100%" style="max-width:640px;margin:0 auto;background:#fff;border-radius:8px;padding:24px">
<tr><td>
${paragraphs.map((paragraph) => html`<p style="margin:0 0 12px;line-height:1.5">${paragraph}</p>`)}
<p style="margin:20px 0"><a href="${link.url}" style="display:inline-block;background:${BRAND};color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${link.label}</a></p>
<p style="margin:0;font-size:13px;color:#4a5568">${link.url}</p>
</td></tr></table></body></html>`.toString();
}

function introduction(snapshot: InvitationSnapshot): string[] {
  return [
    `Kính gửi: ${inviteeLine(snapshot.invitee)}.`,
    `${snapshot.issuer.name} trân trọng gửi Quý đại biểu Giấy mời số ${documentNumber(snapshot.number, snapshot.symbol)} về việc: ${snapshot.subject} (tệp PDF đính kèm).`,
  ];
}

export function renderInvitationMail(snapshot: InvitationSnapshot, replyUrl: string): RenderedMail {
  const paragraphs = [
    ...introduction(snapshot),
    "Xin Quý đại biểu vui lòng xác nhận tham dự, báo vắng hoặc cử người đi thay tại đường dẫn dưới đây (không cần tài khoản).",
  ];
  return {
    subject: `Giấy mời số ${documentNumber(snapshot.number, snapshot.symbol)}: ${snapshot.subject}`,
    text: [...paragraphs, `Xác nhận tham dự: ${replyUrl}`].join("\n\n"),
    html: layout(paragraphs, { url: replyUrl, label: "Xác nhận tham dự" }),
  };
}

export function renderReminderMail(snapshot: InvitationSnapshot, replyUrl: string): RenderedMail {
  const paragraphs = [
    ...introduction(snapshot),
    "Ban Tổ chức chưa nhận được phản hồi của Quý đại biểu. Xin vui lòng cho biết Quý đại biểu có tham dự hay không để Ban Tổ chức bố trí chỗ ngồi.",
  ];
  return {
    subject: `Nhắc phản hồi Giấy mời số ${documentNumber(snapshot.number, snapshot.symbol)}: ${snapshot.subject}`,
    text: [...paragraphs, `Xác nhận tham dự: ${replyUrl}`].join("\n\n"),
    html: layout(paragraphs, { url: replyUrl, label: "Xác nhận tham dự" }),
  };
}
