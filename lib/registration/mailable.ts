import type { Prisma } from "@/lib/generated/prisma/client";

/** A registration the portal may write to: active, with an address (an erased one has none left). */
export const MAILABLE_REGISTRATION = { status: "ACTIVE", email: { not: null } } satisfies Prisma.RegistrationWhereInput;

/** The owed e-mails a sweep looks at: due since `after`, no later than `before`, at most `limit`. */
export type DueWindow = { after: Date; before: Date; limit: number };
