// The environment the portal's server modules read (lib/env.ts), for integration tests that import them.

export const TEST_TICKET_SECRET = "integration-ticket-secret-0123456789abcdef";
export const TEST_BASE_URL = "https://tuanle.example.vn";

export function useServerEnv(databaseUrl: string, extra: Record<string, string> = {}) {
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl,
    TICKET_SIGNING_SECRET: TEST_TICKET_SECRET,
    AUTH_SECRET: "integration-auth-secret-0123456789abcdef",
    PUBLIC_BASE_URL: TEST_BASE_URL,
    ...extra,
  });
}
