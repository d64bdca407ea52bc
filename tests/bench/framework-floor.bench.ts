import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { waitForServer } from "../../scripts/wait-for-server";
import { findFreePort } from "../setup/free-port";
import { measureFirstLoadJavaScript } from "./first-load-js";
import { lighthouseMedians } from "./lighthouse";
import { compareWithBareServer, describeComparison } from "./throughput";

// What issue 3's speed budgets can be measured against: the same three measurements as agenda.bench.ts
// and lighthouse.bench.ts, on a one-page "Xin chào" App Router site built with the portal's own Next and
// React (no CSS, no client component, no data). Whatever this page cannot reach, no page of the portal can.
// Run: npx tsx tests/bench/framework-floor.bench.ts [seconds] [lighthouse runs]

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const APP_DIR = path.join(ROOT, ".next-floor-app"); // inside the repository so that it resolves node_modules
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

const LAYOUT = `export const metadata = { title: "Xin chào", description: "Trang một dòng để đo sàn của Next.js." };
export default function RootLayout({ children }) {
  return <html lang="vi"><body>{children}</body></html>;
}
`;
const PAGE = `export default function Page() {
  return <main><h1>Xin chào Quảng Ngãi</h1><p>Tuần lễ Đổi mới sáng tạo và Chuyển đổi số.</p></main>;
}
`;

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

async function main() {
  const seconds = Number(process.argv[2] ?? 15);
  const lighthouseRuns = Number(process.argv[3] ?? 5);
  rmSync(APP_DIR, { recursive: true, force: true });
  mkdirSync(path.join(APP_DIR, "app"), { recursive: true });
  writeFileSync(path.join(APP_DIR, "app/layout.jsx"), LAYOUT);
  writeFileSync(path.join(APP_DIR, "app/page.jsx"), PAGE);
  const env = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: undefined };
  const build = spawn(process.execPath, [NEXT_BIN, "build", APP_DIR], { env, stdio: "ignore" });
  if ((await exitOf(build)) !== 0) throw new Error("next build of the one-page site failed");
  const port = await findFreePort();
  const server = spawn(process.execPath, [NEXT_BIN, "start", APP_DIR, "--port", String(port)], { env, stdio: "ignore" });
  const baseUrl = `http://localhost:${port}`;
  try {
    await waitForServer(`${baseUrl}/`, server, "the one-page site");
    const comparison = await compareWithBareServer(`${baseUrl}/`, seconds);
    const javaScript = await measureFirstLoadJavaScript(baseUrl, comparison.html);
    const nextVersion = (JSON.parse(readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
    console.log(`one-page site on Next ${nextVersion}: ${comparison.htmlBytes} bytes of HTML`);
    console.log(`first-load JavaScript: ${(javaScript.gzipBytes / 1024).toFixed(1)} kB gzipped in ${javaScript.files} files (budget 130 kB)`);
    for (const line of describeComparison(comparison)) console.log(line);
    for (const line of await lighthouseMedians(`${baseUrl}/`, lighthouseRuns)) console.log(line);
  } finally {
    server.kill("SIGTERM");
    await exitOf(server);
    rmSync(APP_DIR, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
