import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { filteredExhibitionRewrite } from "@/lib/exhibition/paths";
import { BOOTH_CATEGORIES } from "@/lib/exhibition/rules";
import {
  applicationFromForm,
  createExhibitorApplicationSchema,
  exhibitorApplicationSchema,
  parseBoothFilters,
} from "@/lib/exhibition/schema";

const valid = {
  organizationName: "  Hợp tác xã  Nông nghiệp số  ",
  category: "AGRICULTURE_SOLUTION",
  products: "Tem truy xuất nguồn gốc\r\n\r\n\r\nNhật ký canh tác   điện tử",
  contactName: "Trần Thị Mai",
  email: " LienHe@HTX.example.VN ",
  phone: "0905.123.456",
  needs: "",
  consent: true,
};

function errorsOf(input: Record<string, unknown>, schema = exhibitorApplicationSchema) {
  const result = schema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("the exhibitor application", () => {
  it("accepts a complete application and stores it in one normal form", () => {
    expect(exhibitorApplicationSchema.parse(valid)).toEqual({
      organizationName: "Hợp tác xã Nông nghiệp số",
      category: "AGRICULTURE_SOLUTION",
      products: "Tem truy xuất nguồn gốc\n\nNhật ký canh tác điện tử",
      contactName: "Trần Thị Mai",
      email: "lienhe@htx.example.vn",
      phone: "+84905123456",
      needs: "",
      consent: true,
      publicEmail: "",
      publicPhone: "",
      publicWebsite: "",
      publishContacts: false,
    });
  });

  it("asks for the consent to publish a contact given, and for a contact when that box is ticked", () => {
    const pathsOf = (extra: Record<string, unknown>) => {
      const parsed = exhibitorApplicationSchema.safeParse({ ...valid, ...extra });
      return parsed.success ? [] : parsed.error.issues.map((issue) => issue.path.join("."));
    };
    expect(pathsOf({ publicEmail: "lienhe@htx.example.vn" })).toEqual(["publishContacts"]);
    expect(pathsOf({ publishContacts: true })).toEqual(["publishContacts"]);
    expect(pathsOf({ publicWebsite: "javascript:alert(1)", publishContacts: true })).toContain("publicWebsite");
    expect(pathsOf({ publicPhone: "0255 3822 123", publishContacts: true })).toEqual([]);
  });

  it("stores a name typed with decomposed diacritics like the precomposed one", () => {
    const decomposed = "Trần Thị Mai".normalize("NFD");
    expect(exhibitorApplicationSchema.parse({ ...valid, contactName: decomposed }).contactName).toBe("Trần Thị Mai");
  });

  it("tells in Vietnamese, field by field, what an empty form is missing", () => {
    expect(errorsOf({ organizationName: "", category: "", products: "", contactName: "", email: "", phone: "" })).toEqual({
      organizationName: "Vui lòng nhập tên doanh nghiệp, tổ chức.",
      category: "Vui lòng chọn lĩnh vực trưng bày.",
      products: "Vui lòng nêu sản phẩm, giải pháp muốn trưng bày.",
      contactName: "Vui lòng nhập họ và tên người liên hệ.",
      email: "Vui lòng nhập địa chỉ e-mail.",
      phone: "Vui lòng nhập số điện thoại.",
      consent: "Cần đồng ý để Ban Tổ chức xử lý thông tin liên hệ thì mới xét được đơn.",
    });
  });

  it("speaks English on the English form", () => {
    const english = createExhibitorApplicationSchema(en.exhibitorApplicationErrors);
    expect(errorsOf({ ...valid, email: "not-an-address" }, english)).toEqual({
      email: "The e-mail address is not valid, for example contact@company.vn.",
    });
  });

  it.each(["0905 123 456", "+84 905 123 456", "+84 (0) 905-123-456", "0255 3822 123"])(
    "accepts the Vietnamese number %s",
    (phone) => {
      expect(errorsOf({ ...valid, phone })).toEqual({});
    },
  );

  it.each(["12345", "0905 123", "+1 202 555 0100", "090512345678"])("refuses %s as a phone number", (phone) => {
    expect(errorsOf({ ...valid, phone })).toEqual({ phone: vi.exhibitorApplicationErrors.phoneInvalid });
  });

  it("refuses a category that is not one of the exhibition's", () => {
    expect(errorsOf({ ...valid, category: "WEAPONS" })).toEqual({ category: vi.exhibitorApplicationErrors.categoryRequired });
  });

  it("refuses markup and overlong answers with the limit in the message", () => {
    expect(errorsOf({ ...valid, organizationName: "<script>alert(1)</script>" })).toEqual({
      organizationName: vi.exhibitorApplicationErrors.forbiddenCharacters,
    });
    expect(errorsOf({ ...valid, needs: "x".repeat(2001) })).toEqual({ needs: "Tối đa 2000 ký tự." });
  });

  it("reads the browser's form: a ticked box is consent, an unticked one is not", () => {
    const form = new FormData();
    for (const [key, value] of Object.entries({ ...valid, consent: "on" })) form.set(key, String(value));
    expect(exhibitorApplicationSchema.safeParse(applicationFromForm(form)).success).toBe(true);
    form.delete("consent");
    expect(errorsOf(applicationFromForm(form))).toEqual({ consent: vi.exhibitorApplicationErrors.consentRequired });
  });
});

describe("the booth directory's filters", () => {
  it("keep a search and a known category, NFC-normalised", () => {
    expect(parseBoothFilters({ q: "  nông   nghiệp ".normalize("NFD"), category: "OCOP_PRODUCT" })).toEqual({
      q: "nông nghiệp",
      category: "OCOP_PRODUCT",
    });
  });

  it("drop an unknown category or an empty search rather than fail", () => {
    expect(parseBoothFilters({ q: "   ", category: "NOPE" })).toEqual({});
    expect(parseBoothFilters({ category: ["STARTUP", "OCOP_PRODUCT"] })).toEqual({ category: "STARTUP" });
  });

  it("send a filtered directory URL to the dynamic route, and leave every other URL alone", () => {
    const query = (text: string) => new URLSearchParams(text);
    expect(filteredExhibitionRewrite("/vi/exhibition", query("category=STARTUP"))).toBe("/vi/exhibition/filtered");
    expect(filteredExhibitionRewrite("/en/editions/2023/exhibition/", query("q=a"))).toBe(
      "/en/editions/2023/exhibition/filtered",
    );
    expect(filteredExhibitionRewrite("/vi/exhibition", query(""))).toBeNull();
    expect(filteredExhibitionRewrite("/vi/exhibition", query("_rsc=1"))).toBeNull();
    expect(filteredExhibitionRewrite("/vi/exhibition/A01", query("q=a"))).toBeNull();
  });
});

describe("category labels", () => {
  it("exist in both languages for every booth category", () => {
    for (const catalogue of [vi, en]) {
      expect(Object.keys(catalogue.boothCategory).sort()).toEqual([...BOOTH_CATEGORIES].sort());
      expect(Object.values(catalogue.boothCategory).every((label) => label.trim().length > 0)).toBe(true);
    }
  });
});
