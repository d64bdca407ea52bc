import { describe, expect, it } from "vitest";
import { auditChanges } from "@/lib/audit/changes";
import { toAuditJson } from "@/lib/audit/store";

describe("audit changes", () => {
  it("lists only the fields that changed", () => {
    expect(auditChanges({ role: "ORGANIZER", name: "An" }, { role: "ADMIN", name: "An" })).toEqual([
      { field: "role", before: "ORGANIZER", after: "ADMIN" },
    ]);
  });

  it("shows every field of a creation, with an empty before", () => {
    expect(auditChanges(null, { name: "An", capacity: 120 })).toEqual([
      { field: "name", before: "", after: "An" },
      { field: "capacity", before: "", after: "120" },
    ]);
  });

  it("marks a value that became empty", () => {
    expect(auditChanges({ disabledAt: "2025-09-19T01:00:00.000Z" }, { disabledAt: null })).toEqual([
      { field: "disabledAt", before: "2025-09-19T01:00:00.000Z", after: "∅" },
    ]);
  });
});

describe("audit snapshots", () => {
  it("never keep passwords or their hashes, at any depth", () => {
    const snapshot = toAuditJson({ name: "An", passwordHash: "$argon2id$…", nested: { password: "secret", role: "ADMIN" } });
    expect(snapshot).toEqual({ name: "An", nested: { role: "ADMIN" } });
  });

  it("store dates as ISO strings and big integers as text", () => {
    expect(toAuditJson({ at: new Date("2025-09-19T01:00:00Z"), id: 12n })).toEqual({ at: "2025-09-19T01:00:00.000Z", id: "12" });
  });
});
