import "server-only";
import type { Database } from "@/lib/db-client";
import type { RegistrationStatus } from "@/lib/generated/prisma/client";
import { hashManageToken } from "./manage-queries";
import { waitlistPositionsOf } from "./seat-store";

// What the registrant sees through the delegation's link: the members and each one's seats.

export type DelegationMemberView = {
  id: string;
  code: string;
  fullName: string | null;
  status: RegistrationStatus;
  seats: { sessionId: string; title: string; titleEn: string | null; status: "CONFIRMED" | "WAITLISTED"; waitlistPosition: number | null }[];
};

export type DelegationView = {
  id: string;
  registrantName: string;
  organization: string;
  edition: { name: string; nameEn: string | null };
  members: DelegationMemberView[];
};

/** The delegation behind a link's token; null for an unknown token or a delegation whose registrant data is erased. */
export async function findDelegationByToken(database: Database, token: string): Promise<DelegationView | null> {
  if (!token || token.length > 100) return null;
  const row = await database.delegation.findUnique({
    where: { manageTokenHash: hashManageToken(token) },
    select: {
      id: true,
      registrantName: true,
      organization: true,
      erasedAt: true,
      edition: { select: { name: true, nameEn: true } },
      registrations: {
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          code: true,
          fullName: true,
          status: true,
          seats: {
            where: { status: { in: ["CONFIRMED", "WAITLISTED"] } },
            orderBy: { session: { startsAt: "asc" } },
            select: { status: true, session: { select: { id: true, title: true, titleEn: true } } },
          },
        },
      },
    },
  });
  if (!row || row.erasedAt || !row.registrantName) return null;
  const members = await Promise.all(
    row.registrations.map(async (member) => {
      const positions = await waitlistPositionsOf(database, member.id);
      return {
        id: member.id,
        code: member.code,
        fullName: member.fullName,
        status: member.status,
        seats: member.seats.map((seat) => ({
          sessionId: seat.session.id,
          title: seat.session.title,
          titleEn: seat.session.titleEn,
          status: seat.status as "CONFIRMED" | "WAITLISTED",
          waitlistPosition: positions.get(seat.session.id) ?? null,
        })),
      };
    }),
  );
  return { id: row.id, registrantName: row.registrantName, organization: row.organization ?? "", edition: row.edition, members };
}
