import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside React Server Components; tests call server modules directly.
  "server-only": path.resolve(import.meta.dirname, "tests/setup/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/integration-global-setup.ts"],
          // next-auth imports "next/server" without an extension, which only a bundler resolves.
          server: { deps: { inline: ["next-auth"] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The seeded Week is September 2025: the tests act a week before it (lib/time/clock.ts).
          // Manage links are derived from the ticket secret (lib/registration/manage-link-store.ts), also in tests that
          // set no other server environment; the same value as tests/setup/server-env.ts.
          env: { PORTAL_CLOCK: "2025-09-12T08:00:00+07:00", TICKET_SIGNING_SECRET: "integration-ticket-secret-0123456789abcdef" },
        },
      },
    ],
  },
});
