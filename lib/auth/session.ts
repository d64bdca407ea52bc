import "server-only";
import { cache } from "react";
import { z } from "@/lib/zod";
import { Role } from "@/lib/generated/prisma/enums";
import { auth } from "./config";
import type { SessionUser } from "./session-token";

const sessionUserSchema = z.object({ id: z.uuid(), name: z.string(), email: z.string(), role: z.enum(Role) });

/**
 * The signed-in user of this request, or null. next-auth decodes the cookie and the jwt callback
 * re-reads the user from the database (disabled? session version?); React's cache makes that one
 * query per request however many components and checks ask.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const parsed = sessionUserSchema.safeParse(session?.user);
  return parsed.success ? parsed.data : null;
});
