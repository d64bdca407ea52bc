import { describe, expect, it } from "vitest";
import { isReplyPeriodOver, lastReplyDay, replyPeriodClosesAt } from "@/lib/invitations/reply-period";

// The edition's dates are calendar days (UTC midnight, as PostgreSQL DATE columns arrive).
const ENDS_ON = new Date("2025-09-14T00:00:00Z");

describe("the reply period of an invitation", () => {
  it("lasts until the 30th day after the edition's last day", () => {
    expect(lastReplyDay(ENDS_ON).toISOString().slice(0, 10)).toBe("2025-10-14");
  });

  it("closes at midnight in Quảng Ngãi, not in UTC", () => {
    expect(replyPeriodClosesAt(ENDS_ON).toISOString()).toBe("2025-10-14T17:00:00.000Z");
    expect(isReplyPeriodOver(ENDS_ON, new Date("2025-10-14T23:59:00+07:00"))).toBe(false);
    expect(isReplyPeriodOver(ENDS_ON, new Date("2025-10-15T00:00:00+07:00"))).toBe(true);
  });

  it("runs across a month end", () => {
    expect(lastReplyDay(new Date("2025-12-20T00:00:00Z")).toISOString().slice(0, 10)).toBe("2026-01-19");
  });
});
