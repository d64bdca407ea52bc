import { describe, expect, it } from "vitest";
import { issuedDocument, type InvitationSnapshot } from "@/lib/invitations/document";
import { renderCorrectionNotice, renderInvitationMail } from "@/lib/invitations/emails";

const SNAPSHOT: InvitationSnapshot = {
  version: 2,
  number: 9,
  symbol: "GM-UBND",
  year: 2025,
  issuedAt: "2025-09-05T02:00:00.000Z",
  issuer: { parentBody: null, name: "Ủy ban nhân dân tỉnh Quảng Ngãi" },
  subject: "Dự Lễ khai mạc",
  body: "Tới dự Lễ khai mạc.",
  signer: { authority: "TM. ỦY BAN NHÂN DÂN", deputy: null, title: "CHỦ TỊCH", name: "Trần Phước Hiền" },
  recipients: "Như trên",
  sessions: [],
  invitee: { salutation: "Ông", fullName: "Lê Văn Hùng", position: "Chủ tịch", organization: "UBND xã Tịnh Khê", email: "hung@example.vn", address: null },
};

describe("the issued document", () => {
  it("prints the number with its leading zero and the salutation once", () => {
    const document = issuedDocument(SNAPSHOT, "https://example.vn/invitation/x");
    expect(document.numberLine).toBe("Số: 09/GM-UBND");
    expect(document.inviteeLine).toBe("Ông Lê Văn Hùng – Chủ tịch, UBND xã Tịnh Khê");
    expect(document.title).toBe("Giấy mời số 09/GM-UBND");
  });

  it("renders a letter issued before the change exactly as it was issued, its checksum being on record", () => {
    const legacy: InvitationSnapshot = { ...SNAPSHOT, version: 1, invitee: { ...SNAPSHOT.invitee, salutation: undefined, fullName: "Ông Lê Văn Hùng" } };
    const document = issuedDocument(legacy, "https://example.vn/invitation/x");
    expect(document.numberLine).toBe("Số: 9/GM-UBND");
    expect(document.inviteeLine).toBe("Ông/Bà Ông Lê Văn Hùng – Chủ tịch, UBND xã Tịnh Khê");
  });

  it("addresses the e-mail with the salutation once and the number as the register writes it", () => {
    const legacy: InvitationSnapshot = { ...SNAPSHOT, version: 1, invitee: { ...SNAPSHOT.invitee, salutation: undefined, fullName: "Ông Lê Văn Hùng" } };
    for (const snapshot of [SNAPSHOT, legacy]) {
      const mail = renderInvitationMail(snapshot, "https://example.vn/invitation/x");
      expect(mail.subject).toBe("Giấy mời số 09/GM-UBND: Dự Lễ khai mạc");
      expect(mail.text).toContain("Kính gửi: Ông Lê Văn Hùng – Chủ tịch, UBND xã Tịnh Khê.");
      expect(mail.text).not.toContain("Ông/Bà");
    }
  });
});

describe("the invitation e-mail", () => {
  it("ends with the office's sign-off and its contact, and lets a long link wrap on a phone", () => {
    const url = `https://tuanle.quangngai.gov.vn/invitation/QN1.${"x".repeat(120)}`;
    const mail = renderInvitationMail(SNAPSHOT, url, "ĐT: 0255 3822 000");
    expect(mail.text.endsWith("Trân trọng,\nVăn phòng Ủy ban nhân dân tỉnh Quảng Ngãi\nLiên hệ: ĐT: 0255 3822 000")).toBe(true);
    expect(mail.html).toContain("Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi");
    expect(mail.html).toMatch(/<p style="[^"]*word-break:break-all[^"]*">https:\/\/tuanle\.quangngai\.gov\.vn\/invitation\/QN1\.x+<\/p>/);
    expect(mail.html).toContain('name="viewport"');
    expect(renderInvitationMail(SNAPSHOT, url).text).not.toContain("Liên hệ:");
  });

  it("tells the proposer which parts the office corrected, with its note", () => {
    const mail = renderCorrectionNotice({ proposerName: "Cán bộ Tổ chức", subject: "Dự Lễ khai mạc", changed: ["subject", "body"], note: "Sửa lỗi chính tả.", batchUrl: "https://example.vn/admin/invitations/1" });
    expect(mail.subject).toBe("Văn phòng UBND tỉnh đã sửa câu chữ đợt giấy mời: Dự Lễ khai mạc");
    expect(mail.text).toContain("đã sửa trích yếu, nội dung của đợt giấy mời “Dự Lễ khai mạc”");
    expect(mail.text).toContain("Ý kiến: Sửa lỗi chính tả.");
  });
});
