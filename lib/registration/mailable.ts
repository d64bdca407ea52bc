import type { Prisma } from "@/lib/generated/prisma/client";

/** A registration the portal may write to: active, with an address (an erased one has none left). */
export const MAILABLE_REGISTRATION = { status: "ACTIVE", email: { not: null } } satisfies Prisma.RegistrationWhereInput;

