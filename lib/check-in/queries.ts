import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findBackOfficeEditionIn } from "@/lib/registration/admin-store";
import type { CheckInEvent } from "./rules";
import { loadRoster, recordCheckIns } from "./store";

// The check-in endpoints' work. Each checks the permission itself: the roster carries personal data.

export async function getRoster() {
  await requirePermission("checkin:scan", { returnTo: "/admin/check-in" });
  const edition = await findBackOfficeEditionIn(db);
  return edition ? loadRoster(db, edition, env.TICKET_SIGNING_SECRET) : null;
}

export async function submitCheckIns(events: CheckInEvent[]) {
  const user = await requirePermission("checkin:scan", { returnTo: "/admin/check-in" });
  const edition = await findBackOfficeEditionIn(db);
  if (!edition) return null;
  return recordCheckIns(db, edition.id, events, { userId: user.id, ip: await requestIp() });
}
