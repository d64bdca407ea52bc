import path from "node:path";
import { describe, expect, it } from "vitest";
import { CAPABILITIES } from "@/lib/auth/roles";
import { findEndpoints } from "../../setup/endpoints";
import { ENDPOINT_MATRIX, matrixGaps } from "../../setup/permission-matrix";

// Every Server Action and route handler, read from the source, has a row in the permission matrix:
// a new one without a row fails here, before anyone can forget to check its permission.

const ROOT = path.resolve(import.meta.dirname, "../../..");
const FIXTURE = path.resolve(import.meta.dirname, "fixtures/unregistered");

describe("the permission matrix", () => {
  const endpoints = findEndpoints(ROOT);

  it("finds the portal's Server Actions and route handlers in the source", () => {
    expect(endpoints.filter((endpoint) => endpoint.kind === "action").length).toBeGreaterThan(60);
    expect(endpoints).toContainEqual({
      kind: "action",
      file: "lib/registration/admin-actions.ts",
      name: "updateRegistrationDetailsAction",
    });
    expect(endpoints).toContainEqual({ kind: "route", file: "app/api/auth/[...nextauth]/route.ts", name: "POST" });
    expect(endpoints).toContainEqual({ kind: "route", file: "app/api/v1/files/[id]/route.ts", name: "HEAD" });
  });

  it("has a row for every one of them, and no row for something that does not exist", () => {
    expect(matrixGaps(endpoints)).toEqual({ unregistered: [], stale: [] });
  });

  it("names only capabilities of the permission table, and says why an endpoint is public", () => {
    for (const rows of Object.values(ENDPOINT_MATRIX)) {
      for (const access of Object.values(rows)) {
        if ("capability" in access) expect(CAPABILITIES).toContain(access.capability);
        if ("public" in access) expect(access.public.length).toBeGreaterThan(10);
      }
    }
  });

  it("reports a Server Action and route handlers added without a row", () => {
    const found = findEndpoints(FIXTURE);
    expect(found).toEqual([
      { kind: "route", file: "app/api/sample/route.ts", name: "DELETE" },
      { kind: "route", file: "app/api/sample/route.ts", name: "GET" },
      { kind: "action", file: "lib/sample/actions.ts", name: "alsoForgotten" },
      { kind: "action", file: "lib/sample/actions.ts", name: "forgottenAction" },
    ]);
    expect(matrixGaps(found).unregistered).toEqual([
      "app/api/sample/route.ts#DELETE",
      "app/api/sample/route.ts#GET",
      "lib/sample/actions.ts#alsoForgotten",
      "lib/sample/actions.ts#forgottenAction",
    ]);
  });
});
