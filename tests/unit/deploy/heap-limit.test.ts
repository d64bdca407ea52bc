import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_HEAP_MB, serveArgs } from "../../../scripts/serve-command";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** V8's heap limit in MB of a Node started with the server's own flags (the script itself is not run). */
function heapLimitUnder(args: string[]): number {
  const flags = args.slice(0, args.indexOf("--import"));
  const script = "console.log(require('node:v8').getHeapStatistics().heap_size_limit)";
  return Number(execFileSync(process.execPath, [...flags, "-e", script], { encoding: "utf8" })) / 1024 / 1024;
}

describe("the production server's heap limit", () => {
  it("is given to Node, which takes it as the old generation's limit", () => {
    const limit = heapLimitUnder(serveArgs({}));
    // The young generation comes on top of the old one's limit.
    expect(limit).toBeGreaterThanOrEqual(DEFAULT_HEAP_MB);
    expect(limit).toBeLessThan(DEFAULT_HEAP_MB + 100);
  });

  it("follows PORTAL_HEAP_MB and refuses a value that is not a sensible number of megabytes", () => {
    expect(serveArgs({ PORTAL_HEAP_MB: "512" })[0]).toBe("--max-old-space-size=512");
    expect(serveArgs({ PORTAL_HEAP_MB: "" })[0]).toBe(`--max-old-space-size=${DEFAULT_HEAP_MB}`);
    for (const value of ["64", "1.5", "384MB", "-1"]) expect(() => serveArgs({ PORTAL_HEAP_MB: value })).toThrow(/PORTAL_HEAP_MB/);
  });

  it("is the same in the shipped systemd unit and environment file", () => {
    const unit = readFileSync(path.join(ROOT, "deploy/systemd/portal@.service"), "utf8");
    const environment = readFileSync(path.join(ROOT, "deploy/portal.env.example"), "utf8");
    expect(unit).toContain(`PORTAL_HEAP_MB=${DEFAULT_HEAP_MB}`);
    expect(unit).toMatch(/^ExecStart=\S+ --max-old-space-size=\$\{PORTAL_HEAP_MB\} /m);
    expect(environment).toMatch(new RegExp(`^PORTAL_HEAP_MB=${DEFAULT_HEAP_MB}$`, "m"));
  });
});
