import { describe, expect, it } from "vitest";
import {
  escapeText,
  foldLine,
  formatLocalDateTime,
  formatUtcDateTime,
  formatUtcOffset,
  serializeLines,
} from "@/lib/agenda/feeds/icalendar";

const octets = (text: string) => Buffer.byteLength(text, "utf8");
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");

describe("iCalendar text values", () => {
  it("escape backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("Bản đồ số, VR/AR; AI\\chatbot\nUBND xã\r\nMăng Đen")).toBe(
      "Bản đồ số\\, VR/AR\\; AI\\\\chatbot\\nUBND xã\\nMăng Đen",
    );
  });

  it("escape the backslash first so that escapes are not doubled", () => {
    expect(escapeText("a\\,b")).toBe("a\\\\\\,b");
  });

  it("drop control characters a calendar may not carry", () => {
    expect(escapeText("Hội\u0007 thảo\u0000")).toBe("Hội thảo");
  });

  it("store Vietnamese in composed form, whatever the keyboard sent", () => {
    expect(escapeText("Ha\u0300 No\u0323\u0302i")).toBe("Hà Nội");
  });
});

describe("iCalendar line folding", () => {
  it("leaves a line of 75 octets alone", () => {
    const line = `SUMMARY:${"a".repeat(67)}`;
    expect(octets(line)).toBe(75);
    expect(foldLine(line)).toBe(line);
  });

  it("folds longer lines into physical lines of at most 75 octets that unfold to the original", () => {
    const line = `DESCRIPTION:${"Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi; ".repeat(6)}`;
    const folded = foldLine(line);
    const physical = folded.split("\r\n");
    expect(physical.length).toBeGreaterThan(1);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    for (const part of physical.slice(1)) expect(part.startsWith(" ")).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it("never splits a multibyte Vietnamese letter across lines", () => {
    // "ệ" is three octets: at every possible offset, a fold must fall before or after it, never inside.
    for (let padding = 0; padding < 6; padding += 1) {
      const line = `SUMMARY:${"x".repeat(padding)}${"ệ".repeat(60)}`;
      const physical = foldLine(line).split("\r\n");
      for (const part of physical) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        expect(Buffer.from(part, "utf8").toString("utf8")).toBe(part);
        expect(part).not.toContain("\uFFFD");
      }
      expect(unfold(physical.join("\r\n"))).toBe(line);
    }
  });

  it("keeps characters outside the Basic Multilingual Plane whole", () => {
    const line = `SUMMARY:${"🇻🇳".repeat(40)}`;
    const physical = foldLine(line).split("\r\n");
    for (const part of physical) expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(unfold(physical.join("\r\n"))).toBe(line);
  });

  it("ends every line of a calendar with CRLF", () => {
    const text = serializeLines(["BEGIN:VCALENDAR", "END:VCALENDAR"]);
    expect(text).toBe("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  });
});

describe("iCalendar date-times", () => {
  it("write UTC instants in basic format with Z", () => {
    expect(formatUtcDateTime(new Date("2025-09-19T01:00:00.123Z"))).toBe("20250919T010000Z");
  });

  it("write local times for a TZID in the event's zone", () => {
    expect(formatLocalDateTime(new Date("2025-09-19T01:00:00Z"), "Asia/Ho_Chi_Minh")).toBe("20250919T080000");
  });

  it("write UTC offsets as ±hhmm", () => {
    expect(formatUtcOffset(420)).toBe("+0700");
    expect(formatUtcOffset(330)).toBe("+0530");
    expect(formatUtcOffset(-150)).toBe("-0230");
  });
});
