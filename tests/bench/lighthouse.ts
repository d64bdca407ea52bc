import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// Lighthouse is fetched from the npm registry on demand (npx) rather than installed with the portal: it
// weighs 176 MB and only the benches need it. One run varies by ±15 performance points on two cores, so
// each page is audited several times and the median is reported, as Lighthouse CI does.

const LIGHTHOUSE = "lighthouse@13.5.0";
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
/** The fixed budgets (mobile); performance is judged against the framework's floor (budgets.bench.ts). */
const GOALS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const METRICS = {
  "first-contentful-paint": "FCP",
  "largest-contentful-paint": "LCP",
  "total-blocking-time": "TBT",
  "speed-index": "SI",
  "cumulative-layout-shift": "CLS",
} as const;

type Report = { categories: Record<string, { score: number }>; audits: Record<string, { numericValue?: number }> };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function audit(url: string, outputFile: string): Promise<Report> {
  const args = [
    "--yes",
    LIGHTHOUSE,
    url,
    "--quiet",
    "--output=json",
    `--output-path=${outputFile}`,
    `--only-categories=${CATEGORIES.join(",")}`,
    "--chrome-flags=--headless=new --no-sandbox",
  ];
  const env = { ...process.env, npm_config_loglevel: "error", CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" };
  const child = spawn("npx", args, { env, stdio: "inherit" });
  const code = await new Promise<number>((resolve) => child.on("exit", (exitCode) => resolve(exitCode ?? 1)));
  if (code !== 0) throw new Error(`lighthouse exited with ${code} on ${url}`);
  return JSON.parse(readFileSync(outputFile, "utf8")) as Report;
}

export type LighthouseFigures = {
  runs: number;
  /** Median score per category, 0–100. */
  scores: Record<(typeof CATEGORIES)[number], number>;
  /** Median of each metric: milliseconds, CLS unitless. */
  metrics: Record<(typeof METRICS)[keyof typeof METRICS], number>;
  performances: number[];
};

function figuresOf(reports: Report[]): LighthouseFigures {
  const scores = Object.fromEntries(
    CATEGORIES.map((category) => [category, Math.round(median(reports.map((report) => report.categories[category]!.score)) * 100)]),
  ) as LighthouseFigures["scores"];
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([id, label]) => [label, median(reports.map((report) => report.audits[id]!.numericValue!))]),
  ) as LighthouseFigures["metrics"];
  const performances = reports.map((report) => Math.round(report.categories.performance!.score * 100));
  return { runs: reports.length, scores, metrics, performances };
}

/**
 * Audits each of `urls` `runs` times (mobile, simulated throttling) and keeps the medians per URL. The
 * audits go round by round (every URL once, then again), so that a slow minute of the machine lands on
 * every page alike rather than on the five audits of one.
 */
export async function lighthouseFiguresInRounds(urls: string[], runs: number): Promise<LighthouseFigures[]> {
  const workDir = mkdtempSync(path.join(tmpdir(), "qn-lighthouse-"));
  try {
    const reports: Report[][] = urls.map(() => []);
    for (let run = 0; run < runs; run++) {
      for (const [index, url] of urls.entries()) reports[index]!.push(await audit(url, path.join(workDir, `${index}-${run}.json`)));
    }
    return reports.map(figuresOf);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

/** The medians of `lighthouseFiguresInRounds` as two lines, each score beside its fixed goal. */
export function describeLighthouse(figures: LighthouseFigures): string[] {
  const scores = CATEGORIES.map((category) => {
    const score = figures.scores[category];
    return `${category} ${score}${score >= GOALS[category] ? "" : ` (goal ${GOALS[category]})`}`;
  });
  const metrics = Object.entries(figures.metrics).map(([label, value]) =>
    label === "CLS" ? `${label} ${value.toFixed(3)}` : `${label} ${Math.round(value)} ms`,
  );
  return [`median of ${figures.runs} runs: ${scores.join(", ")}`, `${metrics.join(", ")}; performance per run: ${figures.performances.join(" ")}`];
}

/** Audits `url` `runs` times and describes the medians against the budgets. */
export async function lighthouseMedians(url: string, runs: number): Promise<string[]> {
  const [figures] = await lighthouseFiguresInRounds([url], runs);
  return describeLighthouse(figures!);
}
