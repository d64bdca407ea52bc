import { describe, expect, it } from "vitest";
import {
  canDeleteSession,
  exceedsVenueCapacity,
  findVenueClashes,
  isCapacityBelowConfirmed,
  isOutsideEdition,
  nextSessionStatus,
  sessionWarnings,
} from "../../../lib/agenda/rules";
import { slugify } from "../../../lib/i18n/fold";

const at = (local: string) => new Date(`${local}:00+07:00`);
const HALL = "5b7e1f3a-0000-4000-8000-000000000001";
const ROOM = "5b7e1f3a-0000-4000-8000-000000000002";

function session(id: string, start: string, end: string, overrides: Partial<Parameters<typeof findVenueClashes>[1][number]> = {}) {
  return { id, type: "WORKSHOP", status: "PUBLISHED", venueId: HALL, startsAt: at(start), endsAt: at(end), title: id, ...overrides };
}

const edition = { startsOn: new Date("2025-09-19T00:00:00Z"), endsOn: new Date("2025-09-27T00:00:00Z"), timeZone: "Asia/Ho_Chi_Minh" };

describe("venue clashes", () => {
  const talk = session("talk", "2025-09-25T14:00", "2025-09-25T15:30");

  it("finds another session in the same venue at overlapping times", () => {
    const other = session("other", "2025-09-25T15:00", "2025-09-25T17:00");
    expect(findVenueClashes(talk, [other]).map((clash) => clash.id)).toEqual(["other"]);
  });

  it("lets one session start when the previous one ends", () => {
    expect(findVenueClashes(talk, [session("next", "2025-09-25T15:30", "2025-09-25T17:00")])).toEqual([]);
  });

  it("ignores other venues, cancelled sessions, the session itself and exhibitions on either side", () => {
    const others = [
      session("elsewhere", "2025-09-25T14:00", "2025-09-25T15:30", { venueId: ROOM }),
      session("cancelled", "2025-09-25T14:00", "2025-09-25T15:30", { status: "CANCELLED" }),
      session("talk", "2025-09-25T14:00", "2025-09-25T15:30"),
      session("exhibition", "2025-09-25T08:00", "2025-09-26T17:00", { type: "EXHIBITION" }),
    ];
    expect(findVenueClashes(talk, others)).toEqual([]);
    expect(findVenueClashes({ ...talk, type: "EXHIBITION" }, [session("x", "2025-09-25T14:00", "2025-09-25T15:00")])).toEqual([]);
  });

  it("has nothing to say about a session without a venue", () => {
    expect(findVenueClashes({ ...talk, venueId: null }, [session("x", "2025-09-25T14:00", "2025-09-25T15:00", { venueId: null })])).toEqual([]);
  });
});

describe("session warnings", () => {
  it("flags a session outside the edition's days, in local time", () => {
    expect(isOutsideEdition({ startsAt: at("2025-09-19T07:00"), endsAt: at("2025-09-19T09:00") }, edition)).toBe(false);
    // 06:00 on 19/09 in Quảng Ngãi is still 18/09 in UTC: local days decide.
    expect(isOutsideEdition({ startsAt: at("2025-09-19T06:00"), endsAt: at("2025-09-19T08:00") }, edition)).toBe(false);
    expect(isOutsideEdition({ startsAt: at("2025-09-18T14:00"), endsAt: at("2025-09-18T16:00") }, edition)).toBe(true);
    expect(isOutsideEdition({ startsAt: at("2025-09-27T20:00"), endsAt: at("2025-09-28T08:00") }, edition)).toBe(true);
  });

  it("flags seats above the venue's capacity, not when either is unknown", () => {
    expect(exceedsVenueCapacity(900, 850)).toBe(true);
    expect(exceedsVenueCapacity(850, 850)).toBe(false);
    expect(exceedsVenueCapacity(null, 850)).toBe(false);
    expect(exceedsVenueCapacity(900, null)).toBe(false);
  });

  it("gathers every warning of a session", () => {
    const warnings = sessionWarnings({
      session: { ...session("new", "2025-09-28T14:00", "2025-09-28T16:00"), capacity: 900, invitedCapacity: 0 },
      edition,
      venueCapacity: 850,
      sameVenueSessions: [session("opening", "2025-09-28T15:00", "2025-09-28T17:00")],
    });
    expect(warnings.map((warning) => warning.kind)).toEqual(["venueClash", "outsideEdition", "aboveVenueCapacity"]);
  });

  it("counts the seats reserved for invitees in the hall too", () => {
    const warningsFor = (capacity: number | null, invitedCapacity: number) =>
      sessionWarnings({
        session: { ...session("opening", "2025-09-19T08:00", "2025-09-19T11:30"), capacity, invitedCapacity },
        edition,
        venueCapacity: 1000,
        sameVenueSessions: [],
      }).map((warning) => warning.kind);
    expect(warningsFor(850, 150)).toEqual([]);
    expect(warningsFor(850, 151)).toEqual(["aboveVenueCapacity"]);
    expect(warningsFor(null, 1200)).toEqual(["aboveVenueCapacity"]);
  });
});

describe("capacity and status rules", () => {
  it("never lets the capacity drop below the seats already confirmed", () => {
    expect(isCapacityBelowConfirmed(9, 10)).toBe(true);
    expect(isCapacityBelowConfirmed(null, 1)).toBe(true);
    expect(isCapacityBelowConfirmed(10, 10)).toBe(false);
    expect(isCapacityBelowConfirmed(null, 0)).toBe(false);
  });

  it("publishes drafts, returns unregistered sessions to draft, and cancels", () => {
    expect(nextSessionStatus("DRAFT", "publish", 0)).toEqual({ ok: true, status: "PUBLISHED" });
    expect(nextSessionStatus("PUBLISHED", "unpublish", 0)).toEqual({ ok: true, status: "DRAFT" });
    expect(nextSessionStatus("PUBLISHED", "cancel", 12)).toEqual({ ok: true, status: "CANCELLED" });
  });

  it("keeps a session delegates registered for on the agenda: cancel, never hide or delete", () => {
    expect(nextSessionStatus("PUBLISHED", "unpublish", 1)).toEqual({ ok: false, reason: "hasRegistrations" });
    expect(nextSessionStatus("CANCELLED", "cancel", 0)).toEqual({ ok: false, reason: "invalidTransition" });
    expect(canDeleteSession(1)).toBe(false);
    expect(canDeleteSession(0)).toBe(true);
  });
});

describe("slugs from Vietnamese titles", () => {
  it("drops accents, maps đ to d and joins words with hyphens", () => {
    expect(slugify("Hội thảo Chuyển đổi số: Đô thị thông minh!")).toBe("hoi-thao-chuyen-doi-so-do-thi-thong-minh");
    expect(slugify("  ĐỔI MỚI   sáng tạo 2026 ")).toBe("doi-moi-sang-tao-2026");
  });
});
