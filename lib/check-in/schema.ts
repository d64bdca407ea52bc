import { z } from "@/lib/zod";

// What a device sends when its queue drains: the check-ins it made, each with its own event id.

export const MAX_EVENTS_PER_BATCH = 200;

const checkInEventSchema = z.object({
  id: z.uuid(),
  code: z.string().regex(/^[A-Z0-9]+-[A-Z0-9]{5,}$/),
  sessionId: z.uuid(),
  at: z.iso.datetime({ offset: true }),
});

export const checkInBatchSchema = z.object({ events: z.array(checkInEventSchema).min(1).max(MAX_EVENTS_PER_BATCH) });

export type CheckInEventInput = z.infer<typeof checkInEventSchema>;
