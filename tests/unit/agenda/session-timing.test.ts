import { afterEach, describe, expect, it, vi } from "vitest";
import { hasTakenPlace, isOpenForRegistration } from "@/lib/agenda/rules";
import { currentTime } from "@/lib/time/clock";

const session = {
  status: "PUBLISHED",
  registrationOpen: true,
  capacity: 100,
  startsAt: new Date("2025-09-25T07:00:00Z"),
  endsAt: new Date("2025-09-25T08:30:00Z"),
};

describe("a session that has taken place", () => {
  it("has taken place once it has ended, not while it runs", () => {
    expect(hasTakenPlace(session, new Date("2025-09-25T07:30:00Z"))).toBe(false);
    expect(hasTakenPlace(session, new Date("2025-09-25T08:30:00Z"))).toBe(true);
    expect(hasTakenPlace(session, new Date("2026-12-07T00:00:00Z"))).toBe(true);
  });

  it("is no longer open for registration, while a future one is", () => {
    expect(isOpenForRegistration(session, new Date("2025-09-12T01:00:00Z"))).toBe(true);
    expect(isOpenForRegistration(session, new Date("2025-09-26T01:00:00Z"))).toBe(false);
  });

  it("a closed, cancelled or uncounted session is not open either", () => {
    const before = new Date("2025-09-12T01:00:00Z");
    expect(isOpenForRegistration({ ...session, registrationOpen: false }, before)).toBe(false);
    expect(isOpenForRegistration({ ...session, status: "CANCELLED" }, before)).toBe(false);
    expect(isOpenForRegistration({ ...session, capacity: null }, before)).toBe(false);
  });
});

describe("the portal's clock", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("reads the real time unless a test run fixes it", () => {
    vi.stubEnv("PORTAL_CLOCK", "");
    const before = Date.now();
    expect(currentTime().getTime()).toBeGreaterThanOrEqual(before);
    vi.stubEnv("PORTAL_CLOCK", "2025-09-12T08:00:00+07:00");
    expect(currentTime().toISOString()).toBe("2025-09-12T01:00:00.000Z");
  });

  it("refuses a fixed time it cannot read rather than guess", () => {
    vi.stubEnv("PORTAL_CLOCK", "next Tuesday");
    expect(() => currentTime()).toThrow(/PORTAL_CLOCK/);
  });
});
