import { describe, expect, it } from "vitest";
import { issuedDocument, type InvitationSnapshot } from "@/lib/invitations/document";
import { renderInvitationMail } from "@/lib/invitations/emails";

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
