import "server-only";
import { requireUser } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { countWaitingWork, type WaitingItem } from "./waiting-queries";

export type { WaitingItem };

/** The counts the signed-in user may act on (see waiting-queries.ts). */
export async function listWaitingWork(): Promise<WaitingItem[]> {
  const user = await requireUser();
  return countWaitingWork(db, user.role);
}
