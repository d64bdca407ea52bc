import { describe, expect, it } from "vitest";
import en from "../../../lib/i18n/messages/en.json";
import vi from "../../../lib/i18n/messages/vi.json";
import { formatMessage } from "../../../lib/i18n/translator";
import { fieldMessagesOf } from "../../../lib/forms/action-state";
import { createRegistrationSchema, REGISTRATION_LIMITS, registrationSchema } from "../../../lib/registration/schema";

const valid = {
  fullName: "Nguyễn Thị Ánh Tuyết",
  position: "Phó Giám đốc",
  organization: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
  group: "GOVERNMENT",
  email: "anh.tuyet@quangngai.gov.vn",
  phone: "0905 123 456",
  province: "Quảng Ngãi",
  sessions: ["le-khai-mac", "toa-dam-hien-ke"],
  consents: { registration: true, media: false, news: true },
};

function errorsFor(input: unknown) {
  const result = registrationSchema.safeParse(input);
  if (result.success) return {};
  return fieldMessagesOf(result.error);
}

const m = vi.registrationErrors;

describe("the registration form", () => {
  it("accepts a complete registration and gives it back normalised", () => {
    const result = registrationSchema.parse({ ...valid, email: "  Anh.Tuyet@QuangNgai.GOV.vn ", phone: "+84 905-123-456", fullName: "  Nguyễn   Thị Ánh Tuyết " });
    expect(result).toEqual({ ...valid, phone: "+84905123456", fullName: "Nguyễn Thị Ánh Tuyết" });
  });

  it.each(["Nguyễn Thị Ánh Tuyết", "Đặng Văn Đức", "Hồ Thị Kỷ", "Trần Nguyễn Ngọc Ẩn", "H'Hen Niê", "Y-Moan Ênuôl", "Lê Thị Mỹ-Dung"])(
    "accepts the name %s",
    (fullName) => {
      expect(errorsFor({ ...valid, fullName })).toEqual({});
    },
  );

  it("stores a name typed with decomposed diacritics exactly like the precomposed one", () => {
    const decomposed = "Đặng Văn Đức".normalize("NFD");
    expect(decomposed).not.toBe("Đặng Văn Đức");
    expect(registrationSchema.parse({ ...valid, fullName: decomposed }).fullName).toBe("Đặng Văn Đức");
  });

  it("explains in Vietnamese what is missing, field by field", () => {
    expect(errorsFor({})).toEqual({
      fullName: [m.fullNameRequired],
      position: [m.positionRequired],
      organization: [m.organizationRequired],
      group: [m.groupRequired],
      email: [m.emailRequired],
      phone: [m.phoneRequired],
      province: [m.provinceRequired],
      sessions: [m.sessionsRequired],
      "consents.registration": [m.consentRequired],
    });
    expect(m.fullNameRequired).toBe("Vui lòng nhập họ và tên.");
  });

  it("treats fields of blanks as missing", () => {
    const errors = errorsFor({ ...valid, fullName: "   ", position: "\t", email: "  ", phone: " " });
    expect(errors).toEqual({ fullName: [m.fullNameRequired], position: [m.positionRequired], email: [m.emailRequired], phone: [m.phoneRequired] });
  });

  it("limits the length of each text", () => {
    const errors = errorsFor({
      ...valid,
      fullName: "A".repeat(121),
      position: "B".repeat(121),
      organization: "C".repeat(201),
      province: "D".repeat(81),
      email: `${"e".repeat(250)}@x.vn`,
    });
    expect(errors.fullName).toEqual(["Không được dài quá 120 ký tự."]);
    expect(errors.position).toEqual(["Không được dài quá 120 ký tự."]);
    expect(errors.organization).toEqual(["Không được dài quá 200 ký tự."]);
    expect(errors.province).toEqual(["Không được dài quá 80 ký tự."]);
    expect(errors.email).toEqual(["Không được dài quá 254 ký tự."]);
    expect(errorsFor({ ...valid, fullName: "A".repeat(120), organization: "C".repeat(200) })).toEqual({});
  });

  it("refuses names with digits or markup, and markup anywhere else", () => {
    expect(errorsFor({ ...valid, fullName: "Nguyễn Văn 2" }).fullName).toEqual([m.fullNameInvalid]);
    expect(errorsFor({ ...valid, fullName: "<b>An</b>" }).fullName).toContain(m.forbiddenCharacters);
    expect(errorsFor({ ...valid, organization: "<script>alert(1)</script>" }).organization).toEqual([m.forbiddenCharacters]);
    expect(errorsFor({ ...valid, organization: "Công ty TNHH A & B (chi nhánh Quảng Ngãi)" })).toEqual({});
  });

  it("normalises the e-mail before checking it and refuses malformed ones", () => {
    expect(registrationSchema.parse({ ...valid, email: " NGUYEN.AN@Example.VN " }).email).toBe("nguyen.an@example.vn");
    for (const email of ["nguyen.an", "nguyen.an@", "@example.vn", "nguyen an@example.vn", "nguyen.an@example", "a@@example.vn"]) {
      expect(errorsFor({ ...valid, email }).email, email).toEqual([m.emailInvalid]);
    }
  });

  it("accepts Vietnamese phone formats and stores them as +84…", () => {
    for (const phone of ["0905123456", "0905.123.456", "+84 905 123 456", "0255 3822 123"]) {
      expect(errorsFor({ ...valid, phone }), phone).toEqual({});
    }
    expect(registrationSchema.parse({ ...valid, phone: "0255 3822 123" }).phone).toBe("+842553822123");
    for (const phone of ["12345", "+1 202 555 0100", "0905 123", "09051234567890"]) {
      expect(errorsFor({ ...valid, phone }).phone, phone).toEqual([m.phoneInvalid]);
    }
  });

  it("knows the six delegate groups and nothing else", () => {
    for (const group of ["GOVERNMENT", "ENTERPRISE", "ACADEMIA", "PRESS", "YOUTH_UNION", "OTHER"]) {
      expect(errorsFor({ ...valid, group })).toEqual({});
    }
    expect(errorsFor({ ...valid, group: "VIP" }).group).toEqual([m.groupRequired]);
  });

  it("takes one to ten distinct sessions, counting a session chosen twice once", () => {
    expect(registrationSchema.parse({ ...valid, sessions: ["le-khai-mac", "le-khai-mac"] }).sessions).toEqual(["le-khai-mac"]);
    expect(errorsFor({ ...valid, sessions: [] }).sessions).toEqual([m.sessionsRequired]);
    expect(errorsFor({ ...valid, sessions: Array.from({ length: 11 }, (_, i) => `phien-${i}`) }).sessions).toEqual([
      "Chỉ có thể chọn tối đa 10 hoạt động.",
    ]);
    expect(errorsFor({ ...valid, sessions: ["Lễ khai mạc"] }).sessions).toEqual([m.sessionsInvalid]);
    expect(errorsFor({ ...valid, sessions: "le-khai-mac" }).sessions).toEqual([m.sessionsRequired]);
  });

  it("requires consent to the registration itself and leaves the other purposes optional", () => {
    expect(m.consentRequired).toMatch(/^Ông\/Bà cần đồng ý .* để đăng ký/);
    expect(errorsFor({ ...valid, consents: { registration: false, media: true, news: true } })).toEqual({ "consents.registration": [m.consentRequired] });
    expect(errorsFor({ ...valid, consents: { registration: "true" } })).toEqual({ "consents.registration": [m.consentRequired] });
    expect(errorsFor({ ...valid, consents: undefined })).toEqual({ "consents.registration": [m.consentRequired] });
    expect(registrationSchema.parse({ ...valid, consents: { registration: true } }).consents).toEqual({ registration: true, media: false, news: false });
  });

  it("refuses a filled-in honeypot field", () => {
    expect(errorsFor({ ...valid, website: "" })).toEqual({});
    expect(errorsFor({ ...valid, website: "http://spam.example" })).toEqual({ website: [m.honeypot] });
  });

  it("answers values of the wrong type with the field's Vietnamese message", () => {
    const limits = Object.values(REGISTRATION_LIMITS);
    const known = new Set([
      ...Object.values(m),
      ...limits.map((max) => formatMessage(m.tooLong, { max })),
      ...limits.map((max) => formatMessage(m.sessionsTooMany, { max })),
    ]);
    for (const field of Object.keys(valid)) {
      for (const bad of [42, {}, [], null, true, [42], "x".repeat(500)]) {
        const errors = errorsFor({ ...valid, [field]: bad });
        for (const message of Object.values(errors).flat()) expect(known, `${field}: ${JSON.stringify(bad).slice(0, 20)}`).toContain(message);
      }
    }
  });

  it("refuses a body that is not a form at all", () => {
    for (const body of [null, [], "text", 42]) expect(errorsFor(body)).toEqual({ form: [m.form] });
  });

  it("speaks English when built with the English messages", () => {
    const result = createRegistrationSchema(en.registrationErrors).safeParse({ ...valid, email: "x" });
    expect(result.success || fieldMessagesOf(result.error)).toEqual({ email: [en.registrationErrors.emailInvalid] });
  });
});

describe("the position (Chức vụ)", () => {
  const base = {
    fullName: "Nguyễn Văn An",
    organization: "Tỉnh Đoàn Quảng Ngãi",
    email: "an@quangngai.gov.vn",
    phone: "0905 123 456",
    province: "Quảng Ngãi",
    sessions: ["le-khai-mac"],
    consents: { registration: true },
  };

  it("may be left out by youth-union delegates and the 'Khác' group", () => {
    for (const group of ["YOUTH_UNION", "OTHER"]) {
      const parsed = registrationSchema.safeParse({ ...base, group, position: "  " });
      expect(parsed.success).toBe(true);
      expect(parsed.data?.position).toBeUndefined();
      expect(registrationSchema.safeParse({ ...base, group }).success).toBe(true);
    }
  });

  it("is still required from every other group, sent blank or not at all", () => {
    for (const body of [{ ...base, group: "GOVERNMENT", position: " " }, { ...base, group: "ENTERPRISE" }]) {
      const parsed = registrationSchema.safeParse(body);
      expect(parsed.success).toBe(false);
      expect(fieldMessagesOf(parsed.error!)).toEqual({ position: ["Vui lòng nhập chức vụ."] });
    }
  });
});

describe("the province", () => {
  it("is chosen from a list, and its message says so", () => {
    expect(vi.registrationErrors.provinceRequired).toBe("Vui lòng chọn tỉnh, thành phố.");
    expect(en.registrationErrors.provinceRequired).toBe("Please choose your province or city.");
  });
});
