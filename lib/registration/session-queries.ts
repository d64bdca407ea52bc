import "server-only";
import { listEditionSessionsIn } from "@/lib/agenda/public-queries";
import { hasTakenPlace, seatsLeft } from "@/lib/agenda/rules";
import { currentTime } from "@/lib/time/clock";
import type { Database } from "@/lib/db-client";
import type { ConsentPurpose, DelegateGroup, RegistrationStatus, SeatStatus, SessionStatus } from "@/lib/generated/prisma/client";
import { currentEdition } from "@/lib/editions/current-queries";
import { personSelect } from "./manage-queries";

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
      ...personSelect,
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

export type RegistrableSession = {
  slug: string;
  title: string;
  titleEn: string | null;
  startsAt: Date;
  endsAt: Date;
  timesProvisional: boolean;
  venue: { name: string; nameEn: string | null } | null;
  seatsLeft: number;
  waitlistLength: number;
};

type RegistrableEdition = {
  year: number;
  name: string;
  nameEn: string | null;
  /** Published sessions of the edition that take registrations and have not taken place, in programme order. */
  sessions: RegistrableSession[];
};

/** The current edition and its sessions open for registration; null when no edition is current. */
export async function listRegistrableSessions(database: Database): Promise<RegistrableEdition | null> {
  const current = await currentEdition(database, "registration");
  if (!current) return null;
  const agenda = await listEditionSessionsIn(database, current.year);
  const now = currentTime();
  const sessions = (agenda?.sessions ?? []).flatMap((session): RegistrableSession[] => {
    const left = seatsLeft(session);
    if (!session.registrationOpen || left === null || hasTakenPlace(session, now)) return [];
    return [
      {
        slug: session.slug,
        title: session.title,
        titleEn: session.titleEn,
        startsAt: session.startsAt,
        endsAt: session.endsAt,
        timesProvisional: session.timesProvisional,
        venue: session.venue && { name: session.venue.name, nameEn: session.venue.nameEn },
        seatsLeft: left,
        waitlistLength: session.waitlistCount,
      },
    ];
  });
  return { ...current, sessions };
}

/** A session's titles by edition and slug (to name a session the delegate no longer holds); null when unknown. */
export async function findSessionTitles(
  database: Database,
  year: number,
  slug: string,
): Promise<{ slug: string; title: string; titleEn: string | null } | null> {
  return database.session.findFirst({ where: { edition: { year }, slug }, select: { slug: true, title: true, titleEn: true } });
}
