import { html } from "@/lib/mail/html";
import { MAIL_BRAND, mailPage, type RenderedMail } from "@/lib/mail/layout";
import type { InvitationSnapshot } from "./document";
import { documentNumber, inviteeLine } from "./rules";

// The e-mails of an invitation, as plain text and HTML. Pure: the caller loads the data and sends.
// Invitees are addressed in Vietnamese: the invitation itself is a Vietnamese official document.
// Each ends with the office's sign-off and how to reach it (INVITATION_CONTACT), and long links
// wrap, so that the message fits a phone's width.

const WRAP = "overflow-wrap:anywhere;word-break:break-word";

/** "Trân trọng," and the office that sends in the issuer's name: Văn phòng of the issuing body. */
function signOff(snapshot: InvitationSnapshot, contact: string | null): string[] {
  const office = `Văn phòng ${snapshot.issuer.name}`;
  return ["Trân trọng,", office, ...(contact ? [`Liên hệ: ${contact}`] : [])];
}

function layout(title: string, paragraphs: string[], link: { url: string; label: string }, closing: string[]): string {
  return mailPage(
    title,
    html`${paragraphs.map((paragraph) => html`<p style="margin:0 0 12px">${paragraph}</p>`)}
      <p style="margin:20px 0"><a href="${link.url}" style="display:inline-block;background:${MAIL_BRAND};color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${link.label}</a></p>
      <p style="margin:0 0 20px;font-size:13px;color:#4a5568;${WRAP};word-break:break-all">${link.url}</p>
      <p style="margin:0">${closing.map((line, index) => (index === 0 ? line : html`<br />${line}`))}</p>`,
  );
}

function introduction(snapshot: InvitationSnapshot): string[] {
  return [
    `Kính gửi: ${inviteeLine(snapshot.invitee)}.`,
    `${snapshot.issuer.name} trân trọng gửi Quý đại biểu Giấy mời số ${documentNumber(snapshot.number, snapshot.symbol)} về việc: ${snapshot.subject} (tệp PDF đính kèm).`,
  ];
}

function rendered(subject: string, paragraphs: string[], replyUrl: string, closing: string[]): RenderedMail {
  return {
    subject,
    text: [...paragraphs, `Xác nhận tham dự: ${replyUrl}`, closing.join("\n")].join("\n\n"),
    html: layout(subject, paragraphs, { url: replyUrl, label: "Xác nhận tham dự" }, closing),
  };
}

export function renderInvitationMail(snapshot: InvitationSnapshot, replyUrl: string, contact: string | null = null): RenderedMail {
  const paragraphs = [
    ...introduction(snapshot),
    "Xin Quý đại biểu vui lòng xác nhận tham dự, báo vắng hoặc cử người đi thay tại đường dẫn dưới đây (không cần tài khoản).",
  ];
  return rendered(`Giấy mời số ${documentNumber(snapshot.number, snapshot.symbol)}: ${snapshot.subject}`, paragraphs, replyUrl, signOff(snapshot, contact));
}

export function renderReminderMail(snapshot: InvitationSnapshot, replyUrl: string, contact: string | null = null): RenderedMail {
  const paragraphs = [
    ...introduction(snapshot),
    "Ban Tổ chức chưa nhận được phản hồi của Quý đại biểu. Xin vui lòng cho biết Quý đại biểu có tham dự hay không để Ban Tổ chức bố trí chỗ ngồi.",
  ];
  return rendered(
    `Nhắc phản hồi Giấy mời số ${documentNumber(snapshot.number, snapshot.symbol)}: ${snapshot.subject}`,
    paragraphs,
    replyUrl,
    signOff(snapshot, contact),
  );
}

const FIELD_NAMES = { subject: "trích yếu", body: "nội dung", recipientsNote: "nơi nhận" } as const;

/** To the organiser who proposed a batch: the office corrected its wording before issuing. */
export function renderCorrectionNotice(input: {
  proposerName: string;
  subject: string;
  changed: (keyof typeof FIELD_NAMES)[];
  note: string | null;
  batchUrl: string;
}): RenderedMail {
  const paragraphs = [
    `Kính gửi ${input.proposerName},`,
    `Văn phòng UBND tỉnh đã sửa ${input.changed.map((field) => FIELD_NAMES[field]).join(", ")} của đợt giấy mời “${input.subject}” trước khi phát hành.`,
    ...(input.note ? [`Ý kiến: ${input.note}`] : []),
    "Bản đã sửa và lịch sử thay đổi xem tại trang của đợt mời.",
  ];
  const subject = `Văn phòng UBND tỉnh đã sửa câu chữ đợt giấy mời: ${input.subject}`;
  return {
    subject,
    text: [...paragraphs, input.batchUrl].join("\n\n"),
    html: layout(subject, paragraphs, { url: input.batchUrl, label: "Xem đợt mời" }, ["Trân trọng,", "Cổng thông tin Tuần lễ ĐMST & CĐS"]),
  };
}
