import { describe, expect, it } from "vitest";
import { isRetentionDue, REDACTED, redactPersonal, retentionDueAt } from "@/lib/privacy/rules";

describe("the retention period", () => {
  it("ends 12 months after the Week's last day, at midnight in Quảng Ngãi", () => {
    const endsOn = new Date("2025-09-26T00:00:00Z");
    expect(retentionDueAt(endsOn)).toEqual(new Date("2026-09-26T17:00:00Z"));
    expect(isRetentionDue(endsOn, new Date("2026-09-26T16:59:59Z"))).toBe(false);
    expect(isRetentionDue(endsOn, new Date("2026-09-26T17:00:00Z"))).toBe(true);
  });

  it("rolls a month end over like the calendar does", () => {
    expect(retentionDueAt(new Date("2024-02-29T00:00:00Z"))).toEqual(new Date("2025-02-28T17:00:00Z"));
  });
});

describe("redacting an audit record", () => {
  it("replaces personal values wherever they are, and keeps the rest of the event", () => {
    expect(
      redactPersonal({
        fullName: "Nguyễn Văn A",
        group: "GOVERNMENT",
        seats: [{ session: "x", phone: "+84905123456" }],
        email: null,
      }),
    ).toEqual({ fullName: REDACTED, group: "GOVERNMENT", seats: [{ session: "x", phone: REDACTED }], email: null });
    expect(redactPersonal(null)).toBeNull();
  });
});
