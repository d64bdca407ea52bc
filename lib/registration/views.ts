import "server-only";
import type { Database } from "@/lib/db-client";
import type {
  ConsentPurpose,
  DelegateGroup,
  RegistrationStatus,
  SeatStatus,
  SessionStatus,
} from "@/lib/generated/prisma/client";

export type RegistrationSeatView = {
  sessionId: string;
  slug: string;
  title: string;
  titleEn: string | null;
  sessionStatus: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  timesProvisional: boolean;
  venue: { name: string; nameEn: string | null; address: string } | null;
  status: Exclude<SeatStatus, "CANCELLED">;
  /** 1 for the first in line; null for a confirmed seat. */
  waitlistPosition: number | null;
};

export type RegistrationView = {
  id: string;
  code: string;
  status: RegistrationStatus;
  fullName: string | null;
  position: string | null;
  organization: string | null;
  group: DelegateGroup;
  email: string | null;
  phone: string | null;
  province: string | null;
  createdAt: Date;
  cancelledAt: Date | null;
  edition: { year: number; name: string; nameEn: string | null; timeZone: string };
  /** Confirmed and wait-listed seats in programme order. */
  seats: RegistrationSeatView[];
  consents: { purpose: ConsentPurpose; noticeVersion: string; givenAt: Date; withdrawnAt: Date | null }[];
};

/**
 * What a delegate sees of their own registration (ticket, e-mails, manage page), with each
 * wait-listed seat's place in line. Null when no such registration exists.
 */
export async function loadRegistrationView(database: Database, registrationId: string): Promise<RegistrationView | null> {
  const row = await database.registration.findUnique({
    where: { id: registrationId },
    select: {
      id: true,
      code: true,
      status: true,
      fullName: true,
      position: true,
      organization: true,
      group: true,
      email: true,
      phone: true,
      province: true,
      createdAt: true,
      cancelledAt: true,
      edition: { select: { year: true, name: true, nameEn: true, timeZone: true } },
      seats: {
        where: { status: { in: ["CONFIRMED", "WAITLISTED"] } },
        orderBy: [{ session: { startsAt: "asc" } }, { session: { title: "asc" } }],
        select: {
          status: true,
          queueNumber: true,
          session: {
            select: {
              id: true,
              slug: true,
              title: true,
              titleEn: true,
              status: true,
              startsAt: true,
              endsAt: true,
              timesProvisional: true,
              venue: { select: { name: true, nameEn: true, address: true } },
            },
          },
        },
      },
      consents: {
        orderBy: { givenAt: "asc" },
        select: { purpose: true, noticeVersion: true, givenAt: true, withdrawnAt: true },
      },
    },
  });
  if (!row) return null;
  const seats = await Promise.all(
    row.seats.map(async (seat): Promise<RegistrationSeatView> => {
      const { session } = seat;
      const waitlistPosition =
        seat.status === "WAITLISTED"
          ? await database.seat.count({
              where: { sessionId: session.id, status: "WAITLISTED", queueNumber: { lte: seat.queueNumber } },
            })
          : null;
      return {
        sessionId: session.id,
        slug: session.slug,
        title: session.title,
        titleEn: session.titleEn,
        sessionStatus: session.status,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        timesProvisional: session.timesProvisional,
        venue: session.venue,
        status: seat.status as RegistrationSeatView["status"],
        waitlistPosition,
      };
    }),
  );
  return { ...row, seats };
}
