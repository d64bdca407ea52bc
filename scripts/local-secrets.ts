import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Secrets the portal signs with; production sets them in the environment (see .env.example). Next
 * encrypts Server Action arguments with the last one: shared, two instances accept each other's forms.
 */
export const SECRET_NAMES = ["TICKET_SIGNING_SECRET", "AUTH_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"] as const;

/** 32 random bytes in plain base64, the form Next's AES key must take. */
function newSecret(): string {
  return randomBytes(32).toString("base64");
}

/**
 * For local runs on the embedded database: secrets missing from the environment are generated once
 * and kept beside the data (git-ignored), so links and sessions survive a restart.
 */
export function localSecrets(dataRoot: string, env: NodeJS.ProcessEnv): Record<string, string> {
  const file = path.join(dataRoot, "secrets.json");
  const stored: Record<string, string> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  let changed = false;
  for (const name of SECRET_NAMES) {
    if (env[name] || stored[name]) continue;
    stored[name] = newSecret();
    changed = true;
  }
  if (changed) {
    mkdirSync(dataRoot, { recursive: true });
    writeFileSync(file, JSON.stringify(stored, null, 2), { mode: 0o600 });
  }
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, env[name] ?? stored[name]!]));
}

/** Fresh secrets for a throw-away run (tests). */
export function ephemeralSecrets(): Record<string, string> {
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, newSecret()]));
}
