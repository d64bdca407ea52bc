import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { waitForServer } from "../../scripts/wait-for-server";
import { findFreePort } from "../setup/free-port";

// The framework's floor: a one-page "Xin chào" App Router site built and served with the portal's own
// Next and React (no CSS, no client component, no data). Whatever this page cannot reach, no page of
// the portal can. It lives in a folder of its own outside the repository — built inside it, it picked
// up the portal's instrumentation.ts and answered 500 — and borrows the portal's node_modules
// through a symbolic link.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

const LAYOUT = `export const metadata = { title: "Xin chào", description: "Trang một dòng để đo sàn của Next.js." };
export default function RootLayout({ children }) {
  return <html lang="vi"><body>{children}</body></html>;
}
`;
const PAGE = `export default function Page() {
  return <main><h1>Xin chào Quảng Ngãi</h1><p>Tuần lễ Đổi mới sáng tạo và Chuyển đổi số.</p></main>;
}
`;

export type FloorSite = { baseUrl: string; stop: () => Promise<void> };

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** The common ancestor of two absolute paths: Turbopack resolves nothing outside its root. */
function commonAncestor(a: string, b: string): string {
  const left = a.split(path.sep);
  const right = b.split(path.sep);
  let index = 0;
  while (index < left.length && left[index] === right[index]) index++;
  return left.slice(0, index).join(path.sep) || path.sep;
}

function writeSite(siteDir: string) {
  mkdirSync(path.join(siteDir, "app"), { recursive: true });
  writeFileSync(path.join(siteDir, "app/layout.jsx"), LAYOUT);
  writeFileSync(path.join(siteDir, "app/page.jsx"), PAGE);
  writeFileSync(path.join(siteDir, "package.json"), JSON.stringify({ name: "framework-floor", private: true }));
  const root = commonAncestor(siteDir, realpathSync(ROOT));
  writeFileSync(
    path.join(siteDir, "next.config.mjs"),
    `export default { poweredByHeader: false, turbopack: { root: ${JSON.stringify(root)} } };\n`,
  );
  symlinkSync(path.join(ROOT, "node_modules"), path.join(siteDir, "node_modules"), "dir");
}

/** Builds the one-page site in a temporary folder and serves it with `next start`. */
export async function startFloorSite(): Promise<FloorSite> {
  const siteDir = realpathSync(mkdtempSync(path.join(tmpdir(), "qn-floor-")));
  const nextBin = path.join(siteDir, "node_modules/next/dist/bin/next");
  writeSite(siteDir);
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1" };
  delete (env as Record<string, string | undefined>).NEXT_DIST_DIR;
  const build = spawn(process.execPath, [nextBin, "build"], { cwd: siteDir, env, stdio: ["ignore", "ignore", "inherit"] });
  if ((await exitOf(build)) !== 0) {
    rmSync(siteDir, { recursive: true, force: true });
    throw new Error("next build of the one-page site failed");
  }
  const port = await findFreePort();
  const server = spawn(process.execPath, [nextBin, "start", "--port", String(port)], { cwd: siteDir, env, stdio: "ignore" });
  const baseUrl = `http://localhost:${port}`;
  try {
    await waitForServer(`${baseUrl}/`, server, "the one-page site");
    const response = await fetch(`${baseUrl}/`);
    if (response.status !== 200) throw new Error(`the one-page site answered ${response.status}`);
  } catch (error) {
    server.kill("SIGTERM");
    rmSync(siteDir, { recursive: true, force: true });
    throw error;
  }
  return {
    baseUrl,
    stop: async () => {
      server.kill("SIGTERM");
      await exitOf(server);
      rmSync(siteDir, { recursive: true, force: true });
    },
  };
}
