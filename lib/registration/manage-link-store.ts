import "server-only";
import type { Database } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import { deriveManageToken, hashManageToken, manageLinkKey } from "./manage-token";

// Issuing and re-issuing manage links (see manage-token.ts for how a link is made).

type Writer = Pick<Database, "$queryRaw">;

let key: { secret: string; key: Buffer } | undefined;

/**
 * Read when first needed, like lib/time/clock.ts reads PORTAL_CLOCK, rather than through lib/env: the
 * registration service stays importable where the server's whole environment is not set (SQL-level
 * tests, scripts). lib/env.ts still requires and checks TICKET_SIGNING_SECRET when the server starts.
 */
function linkKey(): Buffer {
  const secret = process.env.TICKET_SIGNING_SECRET;
  if (!secret) throw new Error("TICKET_SIGNING_SECRET is missing: manage links are derived from it");
  if (key?.secret !== secret) key = { secret, key: manageLinkKey(secret) };
  return key.key;
}

/** The token and the hash to store for a registration code at a version (a new registration: version 1). */
export function issueManageToken(code: string, version = 1): { manageToken: string; manageTokenHash: string } {
  const manageToken = deriveManageToken(linkKey(), code, version);
  return { manageToken, manageTokenHash: hashManageToken(manageToken) };
}

type LinkRow = { code: string; version: number; hash: string | null; status: string };

async function readLink(database: Writer, registrationId: string): Promise<LinkRow> {
  const rows = await database.$queryRaw<LinkRow[]>`
    SELECT code, manage_link_version AS version, manage_token_hash AS hash, status::text
    FROM registrations WHERE id = ${registrationId}::uuid`;
  const row = rows[0];
  if (!row || row.status === "ERASED") throw new DomainError("NOT_FOUND", "registration not found");
  return row;
}

/**
 * Moves the link from the version read to the next one; false when another writer moved it first.
 * The condition on the version keeps two concurrent issuers from each killing the other's link.
 */
async function advance(database: Writer, registrationId: string, from: LinkRow): Promise<string | null> {
  const next = issueManageToken(from.code, from.version + 1);
  const rows = await database.$queryRaw<{ id: string }[]>`
    UPDATE registrations SET manage_link_version = ${from.version + 1}, manage_token_hash = ${next.manageTokenHash}
    WHERE id = ${registrationId}::uuid AND manage_link_version = ${from.version} AND status <> 'ERASED'
    RETURNING id::text`;
  return rows.length > 0 ? next.manageToken : null;
}

/**
 * The registration's current manage link, computed again without changing it: what "already
 * registered" and "send me my link again" mail. A row whose stored hash is not the computed one (a
 * random token from before derived links, or a signing secret changed since) gets the next version
 * once, and from then on the same link every time.
 */
export async function currentManageToken(database: Writer, registrationId: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const row = await readLink(database, registrationId);
    const current = issueManageToken(row.code, row.version);
    if (row.hash === current.manageTokenHash) return current.manageToken;
    const advanced = await advance(database, registrationId, row);
    if (advanced) return advanced;
  }
  throw new Error("the manage link kept changing under us");
}

/** A new manage link; the old one stops working. For deliberate renewals (an address corrected). */
export async function rotateManageToken(database: Writer, registrationId: string): Promise<string> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const advanced = await advance(database, registrationId, await readLink(database, registrationId));
    if (advanced) return advanced;
  }
  throw new Error("the manage link kept changing under us");
}
