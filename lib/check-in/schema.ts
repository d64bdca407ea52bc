import { z } from "@/lib/zod";

// What a device sends when its queue drains: the check-ins it made, each with its own event id.

const MAX_EVENTS_PER_BATCH = 200;

const checkInEventSchema = z.object({
  id: z.uuid(),
  code: z.string().regex(/^[A-Z0-9]+-[A-Z0-9]{5,}$/),
  sessionId: z.uuid(),
  at: z.iso.datetime({ offset: true }),
});

export const checkInBatchSchema = z.object({ events: z.array(checkInEventSchema).min(1).max(MAX_EVENTS_PER_BATCH) });

export type CheckInEventInput = z.infer<typeof checkInEventSchema>;

/** The header a station names itself by: a random id it keeps on the phone (lib/check-in/device.ts). */
export const DEVICE_HEADER = "x-checkin-device";

/** The device a roster request comes from, as far as its headers tell; malformed values are dropped. */
export function stationDeviceOf(headers: Headers): { id: string | null; userAgent: string | null } {
  const id = z.uuid().safeParse(headers.get(DEVICE_HEADER));
  return { id: id.success ? id.data : null, userAgent: headers.get("user-agent")?.slice(0, 300) ?? null };
}
