import { defineConfig } from "prisma/config";

// Prisma 7 CLI: used here only for `prisma generate` (see scripts/prisma-generate.ts).
// On a machine with internet access `prisma migrate deploy` also works with this file.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
