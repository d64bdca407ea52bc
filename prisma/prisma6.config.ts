import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma6/config";

// Dev-only Prisma 6 CLI with the JS engine: it computes migration SQL offline, which the
// Prisma 7 CLI cannot do here (see scripts/new-migration.ts and ../README.md, Decisions).
export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: "schema.prisma",
  migrations: { path: "migrations" },
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
