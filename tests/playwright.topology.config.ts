import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

// The production topology (nginx, two instances, one PostgreSQL) started by scripts/test.ts: its specs
// run one at a time, since one of them kills an instance.
export default defineConfig({
  ...base,
  testDir: "./topology",
  fullyParallel: false,
  workers: 1,
  timeout: 120_000,
  reporter: [["list"], ["json", { outputFile: "../test-results/topology.json" }]],
  projects: base.projects?.filter((project) => project.name === "desktop"),
});
