import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { findSessionForSpeakerIn, listMaterialsIn } from "./session-queries";
import { checkSpeakerToken } from "./links";

/** A session's materials for its admin page. */
export async function listMaterialsForAdmin(sessionId: string) {
  await requirePermission("agenda:edit");
  return listMaterialsIn(db, sessionId);
}

/** What a speaker's link opens: the session and its materials, or why the link does not work. */
export async function getSpeakerUpload(token: string) {
  const check = checkSpeakerToken(token);
  if (!check.ok) return { ok: false as const, reason: check.reason };
  const session = await findSessionForSpeakerIn(db, check.sessionId);
  if (!session) return { ok: false as const, reason: "invalid" as const };
  return { ok: true as const, session, expiresAt: check.expiresAt, materials: await listMaterialsIn(db, session.id) };
}
