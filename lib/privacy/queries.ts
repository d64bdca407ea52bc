import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { currentTime } from "@/lib/time/clock";
import { planRetention } from "./retention-store";

// Reads of the administrators' privacy screens; each checks the permission itself.

/** The dry run: what the retention run would anonymise now. */
export async function getRetentionPlan() {
  await requirePermission("privacy:manage");
  const now = currentTime();
  return { now, plan: await planRetention(db, now) };
}
