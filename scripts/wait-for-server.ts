import type { ChildProcess } from "node:child_process";

/** Waits until `url` answers 2xx; fails early if `server` exits, or after `timeoutMs`. */
export async function waitForServer(url: string, server: ChildProcess, what = "the portal", timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`${what} exited before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${what} did not answer ${url} within ${timeoutMs / 1000} s`);
}
