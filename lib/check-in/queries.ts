import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { findBackOfficeEditionIn } from "@/lib/registration/admin-store";
import type { CheckInEvent } from "./rules";
import { loadRoster, recordCheckIns, recordRosterDownload, type StationDevice } from "./store";

// The check-in endpoints' work. Each checks the permission itself: the roster carries personal data.

/** The roster for a station; every download is audited with the user and the device. */
export async function getRoster(device: StationDevice) {
  const user = await requirePermission("checkin:scan", { returnTo: "/admin/check-in" });
  const edition = await findBackOfficeEditionIn(db);
  if (!edition) return null;
  const roster = await loadRoster(db, edition, env.TICKET_SIGNING_SECRET);
  await recordRosterDownload(db, edition, roster, { userId: user.id, ip: await requestIp() }, device);
  return roster;
}

export async function submitCheckIns(events: CheckInEvent[]) {
  const user = await requirePermission("checkin:scan", { returnTo: "/admin/check-in" });
  const edition = await findBackOfficeEditionIn(db);
  if (!edition) return null;
  return recordCheckIns(db, edition.id, events, { userId: user.id, ip: await requestIp() });
}
