import { execFileSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");

/** Runs a snippet against lib/log in a process of its own and returns the JSON lines it wrote. */
function linesOf(snippet: string, env: Record<string, string>): Record<string, unknown>[] {
  const output = execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", snippet], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", ...env },
    encoding: "utf8",
  });
  return output
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

const SNIPPET = `
  const { logger, withRequestId } = await import("./lib/log/index.ts");
  const log = logger("mail");
  log.info("outside a request");
  await withRequestId("req-42", async () => { await null; log.warn({ messageId: "m-1" }, "inside a request"); });
  log.debug("detail");
`;

describe("the portal's logger", () => {
  it("writes JSON lines with the level's name, the module and, within a request, its id", () => {
    const [outside, inside, ...rest] = linesOf(SNIPPET, { LOG_LEVEL: "info" });
    expect(outside).toMatchObject({ level: "info", module: "mail", msg: "outside a request" });
    expect(outside).not.toHaveProperty("requestId");
    expect(inside).toMatchObject({ level: "warn", module: "mail", requestId: "req-42", messageId: "m-1" });
    expect(rest).toEqual([]);
  });

  it("takes its level from LOG_LEVEL", () => {
    const lines = linesOf(SNIPPET, { LOG_LEVEL: "debug" });
    expect(lines.map((line) => line.msg)).toEqual(["outside a request", "inside a request", "detail"]);
    expect(linesOf(SNIPPET, { LOG_LEVEL: "error" })).toEqual([]);
  });
});
