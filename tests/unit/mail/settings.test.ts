import path from "node:path";
import { describe, expect, it } from "vitest";
import { readMailSettings } from "@/lib/mail/settings";

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

describe("mail settings", () => {
  it("write to the outbox when no SMTP host is set, even if the variable is present but empty", () => {
    expect(readMailSettings(env({}))).toMatchObject({ kind: "outbox", directory: path.resolve(".data/outbox") });
    expect(readMailSettings(env({ SMTP_HOST: "", MAIL_OUTBOX_DIR: "/tmp/box" }))).toMatchObject({
      kind: "outbox",
      directory: "/tmp/box",
    });
  });

  it("use STARTTLS on port 587 by default and implicit TLS on 465 when secure", () => {
    expect(readMailSettings(env({ SMTP_HOST: "smtp.example.vn" }))).toMatchObject({ kind: "smtp", port: 587, secure: false });
    expect(readMailSettings(env({ SMTP_HOST: "smtp.example.vn", SMTP_SECURE: "true" }))).toMatchObject({
      port: 465,
      secure: true,
    });
    expect(readMailSettings(env({ SMTP_HOST: "smtp.example.vn", SMTP_PORT: "2525" }))).toMatchObject({ port: 2525 });
  });

  it("send credentials only when a user is configured", () => {
    expect(readMailSettings(env({ SMTP_HOST: "h", SMTP_USER: "u", SMTP_PASSWORD: "p" }))).toMatchObject({
      auth: { user: "u", pass: "p" },
    });
    expect(readMailSettings(env({ SMTP_HOST: "h", SMTP_PASSWORD: "p" }))).toMatchObject({ auth: undefined });
  });

  it("refuse a malformed port or flag with a message naming the variable", () => {
    expect(() => readMailSettings(env({ SMTP_HOST: "h", SMTP_PORT: "smtp" }))).toThrow(/SMTP_PORT/);
    expect(() => readMailSettings(env({ SMTP_HOST: "h", SMTP_SECURE: "maybe" }))).toThrow(/SMTP_SECURE/);
  });
});
