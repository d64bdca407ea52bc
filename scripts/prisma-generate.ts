import { spawnSync } from "node:child_process";

// `prisma generate` (v7) wants to download a schema-engine binary it never uses for the
// generated client; pointing the variable at any existing file keeps it offline.
const result = spawnSync("npx", ["prisma", "generate"], {
  stdio: "inherit",
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
});
process.exit(result.status ?? 1);
