import { randomBytes } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import { delegateBody } from "../../fixtures/registration";

// Delegates for the back-office journeys, registered through the public JSON API like any
// integration would, each from an address of its own so the registration rate limit never bites.

/** Five random lower-case letters: a surname no other test (or the seed) uses. */
export function uniqueLetters(): string {
  return Array.from(randomBytes(5), (byte) => String.fromCharCode(97 + (byte % 26))).join("");
}

export type RegisteredDelegate = { code: string; email: string; fullName: string; manageUrl: string };

export async function registerDelegate(
  request: APIRequestContext,
  { fullName, sessions, organization }: { fullName: string; sessions: string[]; organization?: string },
): Promise<RegisteredDelegate> {
  const email = `bo-${uniqueLetters()}-${Date.now()}@example.vn`;
  const headers = { "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
  const response = await request.post("/api/v1/editions/2025/registrations", {
    data: delegateBody(0, sessions, { fullName, email, ...(organization ? { organization } : {}) }),
    headers,
  });
  expect(response.status(), await response.text()).toBe(201);
  const body = (await response.json()) as { code: string; manageUrl: string };
  return { code: body.code, manageUrl: body.manageUrl, email, fullName };
}
