import { describe, expect, it } from "vitest";
import { emailField, optionalEmailField, optionalPhoneField, phoneField, textLineField } from "@/lib/forms/contact-fields";

const email = emailField({ required: "required", invalid: "invalid", tooLong: "tooLong" });
const phone = phoneField({ required: "required", invalid: "invalid" });

function errorOf(result: { success: boolean; error?: { issues: { message: string }[] } }): string | undefined {
  return result.success ? undefined : result.error?.issues[0]?.message;
}

describe("the one e-mail rule of every form", () => {
  it("stores addresses trimmed, lower case and NFC, internationalised ones included", () => {
    expect(email.parse("  Lan.Nguyen@QuangNgai.gov.vn ")).toBe("lan.nguyen@quangngai.gov.vn");
    expect(email.parse("nguyễn@ví-dụ.vn")).toBe("nguyễn@ví-dụ.vn".normalize("NFC"));
  });

  it("refuses an empty address, one without a dotted domain, header-breaking characters and overlong ones", () => {
    expect(errorOf(email.safeParse(""))).toBe("required");
    expect(errorOf(email.safeParse("lan@localhost"))).toBe("invalid");
    expect(errorOf(email.safeParse("lan@ví dụ.vn"))).toBe("invalid");
    expect(errorOf(email.safeParse("a,b@x.vn"))).toBe("invalid");
    expect(errorOf(email.safeParse(`${"a".repeat(250)}@x.vn`))).toBe("tooLong");
  });

  it("leaves an optional address empty as null", () => {
    const optional = optionalEmailField({ invalid: "invalid" });
    expect(optional.parse(undefined)).toBeNull();
    expect(optional.parse("  ")).toBeNull();
    expect(errorOf(optional.safeParse("lan@"))).toBe("invalid");
  });
});

describe("the one phone rule of every form", () => {
  it("stores Vietnamese numbers as people write them in E.164", () => {
    expect(phone.parse("0905 123 456")).toBe("+84905123456");
    expect(phone.parse("+84 (0) 905-123-456")).toBe("+84905123456");
    expect(phone.parse("0255.3822.111")).toBe("+842553822111");
  });

  it("tells an empty number from a wrong one", () => {
    expect(errorOf(phone.safeParse(" "))).toBe("required");
    expect(errorOf(phone.safeParse("12345"))).toBe("invalid");
    expect(errorOf(phone.safeParse(`0905 ${" ".repeat(40)}123 456`))).toBe("invalid");
  });

  it("leaves an optional number empty as null", () => {
    const optional = optionalPhoneField({ invalid: "invalid" });
    expect(optional.parse("")).toBeNull();
    expect(optional.parse("0905123456")).toBe("+84905123456");
    expect(errorOf(optional.safeParse("abc"))).toBe("invalid");
  });
});

describe("the one rule of a line of text (a name, an organisation, an outlet)", () => {
  const line = textLineField({ required: "required", tooLong: "too long", forbidden: "forbidden" }, 10);

  it("stores the text trimmed, NFC and with its inner whitespace collapsed", () => {
    expect(line.parse("  Nguye\u0302\u0303n \t  An ")).toBe("Nguyễn An");
  });

  it("says what is wrong: missing, too long, or holding control characters or angle brackets", () => {
    expect(line.safeParse("   ").error?.issues.map((issue) => issue.message)).toEqual(["required"]);
    expect(line.safeParse("x".repeat(11)).error?.issues.map((issue) => issue.message)).toEqual(["too long"]);
    expect(line.safeParse("a<b>").error?.issues.map((issue) => issue.message)).toEqual(["forbidden"]);
    expect(line.safeParse("a\u0007b").error?.issues.map((issue) => issue.message)).toEqual(["forbidden"]);
  });
});
