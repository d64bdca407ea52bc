import { describe, expect, it } from "vitest";
import {
  addressee,
  composeBody,
  documentNumber,
  formatDocumentNumber,
  inviteeKey,
  inviteeLine,
  issueTiming,
  issuerHeaderLines,
  officialTime,
  placeAndDate,
  recipientLines,
  registerYear,
  splitSalutation,
} from "@/lib/invitations/rules";

describe("invitation rules", () => {
  it("writes the number as the register does: 125/GM-UBND", () => {
    expect(documentNumber(125, "GM-UBND")).toBe("125/GM-UBND");
    expect(documentNumber(10, "GM-UBND")).toBe("10/GM-UBND");
  });

  it("writes numbers below 10 with a leading zero, as Decree 30 does: 09/GM-UBND", () => {
    expect(documentNumber(9, "GM-UBND")).toBe("09/GM-UBND");
    expect(documentNumber(1, "GM-UBND")).toBe("01/GM-UBND");
    expect(formatDocumentNumber(7)).toBe("07");
    expect(formatDocumentNumber(1234)).toBe("1234");
  });

  it("writes the place and date with a leading zero for days below 10 and for January and February", () => {
    expect(placeAndDate("Quảng Ngãi", new Date("2025-09-05T02:00:00Z"))).toBe("Quảng Ngãi, ngày 05 tháng 9 năm 2025");
    expect(placeAndDate("Quảng Ngãi", new Date("2026-02-14T02:00:00Z"))).toBe("Quảng Ngãi, ngày 14 tháng 02 năm 2026");
    expect(placeAndDate("Quảng Ngãi", new Date("2026-12-20T02:00:00Z"))).toBe("Quảng Ngãi, ngày 20 tháng 12 năm 2026");
  });

  it("dates a document in Vietnam's time: 31 December 20:00 UTC is already the new year's register", () => {
    const instant = new Date("2025-12-31T20:00:00Z");
    expect(registerYear(instant)).toBe(2026);
    expect(placeAndDate("Quảng Ngãi", instant)).toBe("Quảng Ngãi, ngày 01 tháng 01 năm 2026");
  });

  it("sets the issuer in capitals with the locality on its own line", () => {
    expect(issuerHeaderLines("Ủy ban nhân dân tỉnh Quảng Ngãi")).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"]);
    expect(issuerHeaderLines("Sở Khoa học và Công nghệ")).toEqual(["SỞ KHOA HỌC VÀ CÔNG NGHỆ"]);
  });

  it("prints each line of Nơi nhận with a dash, a semicolon, and a full stop after the last", () => {
    expect(recipientLines("Như trên;\n\n- CT, các PCT UBND tỉnh\nLưu: VT, KGVX.")).toEqual(["- Như trên;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."]);
  });

  it("prefills the body with what, when and where of each session, in time order", () => {
    const body = composeBody([
      { title: "Hội thảo B", content: "", startsAt: new Date("2025-09-26T01:30:00Z"), venue: null },
      { title: "Lễ khai mạc", content: "- Đón tiếp đại biểu;\n- Phát biểu khai mạc.", startsAt: new Date("2025-09-25T07:00:00Z"), venue: { name: "Trung tâm Hội nghị", address: "Quảng Ngãi" } },
    ]);
    expect(body.split("\n\n")).toEqual([
      "Tới dự Lễ khai mạc.\n- Thời gian: 14 giờ 00, thứ Năm, ngày 25/9/2025.\n- Địa điểm: Trung tâm Hội nghị, Quảng Ngãi.\n- Nội dung: Đón tiếp đại biểu; Phát biểu khai mạc.",
      "Tới dự Hội thảo B.\n- Thời gian: 08 giờ 30, thứ Sáu, ngày 26/9/2025.",
      "Rất mong Quý đại biểu thu xếp thời gian đến dự.",
    ]);
    expect(officialTime(new Date("2025-09-21T00:00:00Z"))).toBe("07 giờ 00, Chủ nhật, ngày 21/9/2025");
  });

  it("names the invitee with position and organisation when known", () => {
    expect(inviteeLine({ fullName: "Lê Văn Đức", position: "Giám đốc", organization: "Sở Tài chính" })).toBe("Ông/Bà Lê Văn Đức – Giám đốc, Sở Tài chính");
    expect(inviteeLine({ fullName: "Lê Văn Đức", position: null, organization: null })).toBe("Ông/Bà Lê Văn Đức");
    expect(inviteeLine({ salutation: "Bà", fullName: "Trần Thị Mai", position: "Phó Giám đốc", organization: null })).toBe("Bà Trần Thị Mai – Phó Giám đốc");
  });

  it("prints the salutation once, even when the name was typed with it", () => {
    expect(addressee({ salutation: "Ông", fullName: "Lê Văn Hùng" })).toBe("Ông Lê Văn Hùng");
    expect(addressee({ salutation: null, fullName: "Ông Lê Văn Hùng" })).toBe("Ông Lê Văn Hùng");
    expect(addressee({ salutation: "Ông", fullName: "Ông Lê Văn Hùng" })).toBe("Ông Lê Văn Hùng");
    expect(addressee({ fullName: "bà Trần Thị Mai" })).toBe("Bà Trần Thị Mai");
    expect(addressee({ salutation: null, fullName: "Ông/Bà Phạm Văn Tư" })).toBe("Ông/Bà Phạm Văn Tư");
    expect(addressee({ salutation: "Giáo sư", fullName: "Ngô Bảo Châu" })).toBe("Giáo sư Ngô Bảo Châu");
  });

  it("splits a typed salutation from the name and leaves other names alone", () => {
    expect(splitSalutation("Ông Lê Văn Hùng")).toEqual({ salutation: "Ông", fullName: "Lê Văn Hùng" });
    expect(splitSalutation("Bà. Trần Thị Mai")).toEqual({ salutation: "Bà", fullName: "Trần Thị Mai" });
    expect(splitSalutation("Bàng Văn Quý")).toEqual({ salutation: null, fullName: "Bàng Văn Quý" });
    expect(splitSalutation("Ông")).toEqual({ salutation: null, fullName: "Ông" });
    expect(splitSalutation("Bà Trần Thị Mai", "ông")).toEqual({ salutation: "Ông", fullName: "Bà Trần Thị Mai" });
  });

  it("warns once an invited session has begun and refuses once one has ended", () => {
    const session = { title: "Lễ khai mạc", startsAt: new Date("2025-09-25T07:00:00Z"), endsAt: new Date("2025-09-25T09:00:00Z") };
    expect(issueTiming([session], new Date("2025-09-20T02:00:00Z"))).toEqual({ kind: "ok" });
    expect(issueTiming([session], new Date("2025-09-25T08:00:00Z"))).toEqual({ kind: "started", sessions: ["Lễ khai mạc"] });
    expect(issueTiming([session], new Date("2025-09-25T09:00:00Z"))).toEqual({ kind: "ended", sessions: ["Lễ khai mạc"] });
  });

  it("treats the same e-mail, or without one the same name and organisation, as the same invitee", () => {
    const a = inviteeKey({ fullName: "Lê Văn Đức", organization: "Sở Tài chính", email: "Duc@QuangNgai.gov.vn" });
    expect(inviteeKey({ fullName: "Khác", organization: null, email: "duc@quangngai.gov.vn " })).toBe(a);
    expect(inviteeKey({ fullName: "LÊ VĂN ĐỨC", organization: "sở tài chính", email: null })).toBe(inviteeKey({ fullName: "Lê Văn Đức", organization: "Sở Tài chính", email: null }));
  });
});
