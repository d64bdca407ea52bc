import "server-only";
import { readExportSections } from "./export-sections-queries";
import type { Database } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import { seatsLeft } from "./rules";
import { waitlistPositionsOf } from "./seat-store";
import { hashManageToken } from "./manage-token";

// Reading a registration for its owner: the manage page (through the secret link) and the
// "download my data" file.

export { hashManageToken } from "./manage-token";

/** A delegate's own fields, as the public form takes them. */
export const delegateFieldsSelect = {
  fullName: true,
  position: true,
  organization: true,
  group: true,
  email: true,
  phone: true,
  province: true,
} as const;

/** The registration as its owner (and the back office) sees it: the code, the status and the personal data. */
export const personSelect = { code: true, status: true, ...delegateFieldsSelect, createdAt: true, cancelledAt: true } as const;

const sessionSelect = {
  id: true,
  slug: true,
  title: true,
  titleEn: true,
  startsAt: true,
  endsAt: true,
  timesProvisional: true,
  status: true,
  registrationOpen: true,
  capacity: true,
  seatsTaken: true,
  venue: { select: { slug: true, name: true, nameEn: true, address: true } },
} as const;

/**
 * The registration behind a manage link, or null for an unknown (or rotated, or erased) link.
 * Cancelled seats are left out; `seatsLeft` lets the page offer sessions to add.
 */
export async function findRegistrationByManageToken(database: Database, token: string) {
  if (token.length < 20 || token.length > 100) return null;
  const registration = await database.registration.findUnique({
    where: { manageTokenHash: hashManageToken(token) },
    select: {
      id: true,
      ...personSelect,
      edition: { select: { id: true, year: true, name: true, nameEn: true } },
      seats: {
        where: { status: { in: ["CONFIRMED", "WAITLISTED"] } },
        select: { status: true, session: { select: sessionSelect } },
        orderBy: { session: { startsAt: "asc" } },
      },
      consents: {
        select: { purpose: true, noticeVersion: true, givenAt: true, withdrawnAt: true },
        orderBy: { givenAt: "asc" },
      },
    },
  });
  if (!registration || registration.status === "ERASED") return null;
  const positions = await waitlistPositionsOf(database, registration.id);
  return {
    ...registration,
    seats: registration.seats.map(({ status, session }) => ({
      status,
      waitlistPosition: status === "WAITLISTED" ? positions.get(session.id) : undefined,
      session: { ...session, seatsLeft: seatsLeft(session.capacity, session.seatsTaken) },
    })),
  };
}

export type ManagedRegistration = NonNullable<Awaited<ReturnType<typeof findRegistrationByManageToken>>>;

/** Everything the portal holds about one delegate, as a plain JSON-ready object ("download my data"). */
export async function exportRegistrationData(database: Database, registrationId: string) {
  const registration = await database.registration.findUnique({
    where: { id: registrationId },
    select: {
      ...personSelect,
      updatedAt: true,
      edition: { select: { year: true, name: true } },
      seats: {
        select: {
          status: true,
          createdAt: true,
          confirmedAt: true,
          cancelledAt: true,
          session: { select: { slug: true, title: true, startsAt: true, endsAt: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      consents: { select: { purpose: true, noticeVersion: true, givenAt: true, withdrawnAt: true }, orderBy: { givenAt: "asc" } },
      checkIns: {
        select: { checkedInAt: true, session: { select: { slug: true, title: true } } },
        orderBy: { checkedInAt: "asc" },
      },
    },
  });
  if (!registration || registration.status === "ERASED") throw new DomainError("NOT_FOUND", "registration not found");
  const { edition, seats, consents, checkIns, ...person } = registration;
  return {
    exportedAt: new Date().toISOString(),
    controller: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
    edition: { year: edition.year, name: edition.name },
    registration: person,
    seats: seats.map(({ session, ...seat }) => ({
      session: session.slug,
      title: session.title,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      ...seat,
    })),
    consents,
    checkIns: checkIns.map(({ session, checkedInAt }) => ({ session: session.slug, title: session.title, checkedInAt })),
    ...(await readExportSections(database, registrationId)),
  };
}
