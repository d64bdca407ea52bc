import { describe, expect, it } from "vitest";
import { CAPABILITIES, ROLES, can, type Capability } from "@/lib/auth/roles";

// The permission table, spelled out: a change to who may do what has to change this test too.
const EXPECTED: Record<Capability, readonly string[]> = {
  "editions:edit": ["ADMIN", "ORGANIZER"],
  "agenda:edit": ["ADMIN", "ORGANIZER"],
  "venues:edit": ["ADMIN", "ORGANIZER"],
  "units:edit": ["ADMIN", "ORGANIZER"],
  "speakers:edit": ["ADMIN", "ORGANIZER"],
  "booths:edit": ["ADMIN", "ORGANIZER"],
  "media:edit": ["ADMIN", "ORGANIZER"],
  "news:edit": ["ADMIN", "ORGANIZER"],
  "press:review": ["ADMIN", "ORGANIZER"],
  "registrations:read": ["ADMIN", "ORGANIZER"],
  "registrations:write": ["ADMIN", "ORGANIZER"],
  "registrations:export": ["ADMIN", "ORGANIZER"],
  "invitations:draft": ["ADMIN", "ORGANIZER"],
  "invitations:issue": ["ADMIN", "INVITATION_OFFICER"],
  "invitations:track": ["ADMIN", "ORGANIZER", "INVITATION_OFFICER"],
  "checkin:scan": ["ADMIN", "ORGANIZER", "CHECKIN_STAFF"],
  "reports:edit": ["ADMIN", "ORGANIZER"],
  "users:manage": ["ADMIN"],
  "audit:read": ["ADMIN"],
  "privacy:manage": ["ADMIN"],
  "mail:manage": ["ADMIN", "ORGANIZER"],
};

describe("permission table", () => {
  it.each(CAPABILITIES)("grants %s to exactly the expected roles", (capability) => {
    expect(ROLES.filter((role) => can(role, capability))).toEqual(EXPECTED[capability]);
  });

  it("gives the administrator every capability", () => {
    expect(CAPABILITIES.every((capability) => can("ADMIN", capability))).toBe(true);
  });

  it("keeps check-in staff to check-in only", () => {
    expect(CAPABILITIES.filter((capability) => can("CHECKIN_STAFF", capability))).toEqual(["checkin:scan"]);
  });

  it("lets only the administrator manage accounts and read the audit log", () => {
    for (const role of ROLES.filter((role) => role !== "ADMIN")) {
      expect(can(role, "users:manage")).toBe(false);
      expect(can(role, "audit:read")).toBe(false);
    }
  });
});
