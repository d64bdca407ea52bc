import { describe, expect, it } from "vitest";
import { localizedPath, switchLocalePath } from "../../../lib/i18n/config";

describe("localized paths", () => {
  it("keep Vietnamese URLs unprefixed and put English under /en", () => {
    expect(localizedPath("vi", "/agenda")).toBe("/agenda");
    expect(localizedPath("en", "/agenda")).toBe("/en/agenda");
    expect(localizedPath("en", "/")).toBe("/en");
    expect(localizedPath("vi", "/")).toBe("/");
  });

  it("switch language on the same page", () => {
    expect(switchLocalePath("/editions/2023", "en")).toBe("/en/editions/2023");
    expect(switchLocalePath("/en/editions/2023", "vi")).toBe("/editions/2023");
    expect(switchLocalePath("/en", "vi")).toBe("/");
    expect(switchLocalePath("/", "en")).toBe("/en");
  });

  it("do not mistake a page that starts with 'en' for the English prefix", () => {
    expect(switchLocalePath("/entries", "en")).toBe("/en/entries");
  });
});
