import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/**
 * Prisma 6 still insists on a `url` in the datasource block, which Prisma 7 forbids:
 * hand it a temporary copy of a schema with the url added.
 */
export function schemaForPrisma6(schemaText: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "prisma6-"));
  const file = path.join(dir, "schema.prisma");
  const withUrl = schemaText.replace(
    /datasource db \{\s*provider\s*=\s*"postgresql"/,
    (block) => `${block}\n  url = env("DATABASE_URL")`,
  );
  if (withUrl === schemaText) throw new Error("schema.prisma: datasource block not found");
  writeFileSync(file, withUrl);
  return file;
}

/** Prints the SQL that takes a database from `fromSchema` (or empty) to `toSchema`. */
export function diffSchemas(options: { from?: string; to: string; databaseUrl: string }): string {
  const toFile = schemaForPrisma6(options.to);
  const from = options.from === undefined ? ["--from-empty"] : ["--from-schema-datamodel", schemaForPrisma6(options.from)];
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/prisma6/build/index.js"),
      "migrate", "diff", "--config", path.join(ROOT, "prisma/prisma6.config.ts"),
      ...from, "--to-schema-datamodel", toFile, "--script",
    ],
    {
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        // The JS engine needs no binaries, but the CLI checks that these paths exist.
        PRISMA_QUERY_ENGINE_LIBRARY: process.execPath,
        PRISMA_SCHEMA_ENGINE_BINARY: process.execPath,
        PRISMA_HIDE_UPDATE_MESSAGE: "1",
      },
    },
  );
  if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stderr}${result.stdout}`);
  return result.stdout;
}

export function readSchema(file = path.join(ROOT, "prisma/schema.prisma")): string {
  return readFileSync(file, "utf8");
}
