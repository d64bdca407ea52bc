import { lighthouseMedians } from "./lighthouse";
import { startApp } from "./serve-app";

// The Lighthouse budgets (mobile), relative to the framework's one-page floor site: see tests/bench/lighthouse.ts.
// Run: npx tsx tests/bench/lighthouse.bench.ts [runs] [path …]   (default: 5 runs of /agenda and a session page)

async function sessionPagePath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/editions/2025/sessions`);
  const sessions = (await response.json()) as { url: string }[];
  return new URL(sessions[0]!.url).pathname;
}

async function main() {
  const runs = Number(process.argv[2] ?? 5);
  const app = await startApp();
  try {
    const paths = process.argv.length > 3 ? process.argv.slice(3) : ["/agenda", await sessionPagePath(app.baseUrl)];
    for (const pagePath of paths) {
      console.log(pagePath);
      for (const line of await lighthouseMedians(`${app.baseUrl}${pagePath}`, runs)) console.log(`  ${line}`);
    }
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
