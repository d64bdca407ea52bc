import "server-only";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { editionsFor } from "@/lib/editions/rules";

const unit = { select: { name: true, nameEn: true } } satisfies Prisma.UnitDefaultArgs;

const factSheetSelect = {
  id: true,
  year: true,
  name: true,
  nameEn: true,
  theme: true,
  themeEn: true,
  startsOn: true,
  endsOn: true,
  timeZone: true,
  expectedAttendance: true,
  directingUnit: unit,
  leadUnit: unit,
  coordinatingUnits: { orderBy: { position: "asc" }, select: { unit } },
  venues: { orderBy: { position: "asc" }, select: { venue: { select: { name: true, nameEn: true, address: true } } } },
  contacts: { orderBy: { kind: "asc" }, select: { kind: true, name: true, phone: true, email: true } },
  sessions: {
    where: { status: "PUBLISHED" },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    select: {
      type: true,
      title: true,
      titleEn: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      seatsTaken: true,
      registrationOpen: true,
      leadUnit: unit,
      coordinatingUnits: { orderBy: { position: "asc" }, select: { unit } },
    },
  },
} satisfies Prisma.EditionSelect;

type Named = { name: string; nameEn: string | null };

export type FactSheetData = {
  year: number;
  name: string;
  nameEn: string | null;
  theme: string;
  themeEn: string | null;
  startsOn: Date;
  endsOn: Date;
  timeZone: string;
  expectedAttendance: number | null;
  directingUnit: Named | null;
  leadUnit: Named | null;
  coordinatingUnits: Named[];
  venues: (Named & { address: string })[];
  /** The desks organisers published (general, press, exhibition). */
  contacts: { kind: "GENERAL" | "PRESS" | "EXHIBITION"; name: string; phone: string | null; email: string | null }[];
  sessions: {
    type: string;
    title: string;
    titleEn: string | null;
    startsAt: Date;
    endsAt: Date;
    leadUnit: Named;
    coordinatingUnits: Named[];
  }[];
  figures: {
    /** Delegates with an active registration. */
    delegates: number;
    /** Seats confirmed in sessions taking registrations, and the seats those sessions offer. */
    seatsConfirmed: number;
    seatsOffered: number;
  };
};

/**
 * What the edition's fact sheet says, read from the programme and the registrations (anonymous
 * counts only); null for an edition that is not public.
 */
export async function readFactSheetDataIn(database: Database, year: number): Promise<FactSheetData | null> {
  const edition = await database.edition.findFirst({
    where: { year, ...editionsFor("public") },
    select: factSheetSelect,
  });
  if (!edition) return null;
  const delegates = await database.registration.count({ where: { editionId: edition.id, status: "ACTIVE" } });
  const counted = edition.sessions.filter((session) => session.capacity !== null);
  const { id: _id, coordinatingUnits, venues, sessions, ...fields } = edition;
  return {
    ...fields,
    coordinatingUnits: coordinatingUnits.map((entry) => entry.unit),
    venues: venues.map((entry) => entry.venue),
    sessions: sessions.map(({ capacity: _capacity, seatsTaken: _taken, registrationOpen: _open, coordinatingUnits: units, ...session }) => ({
      ...session,
      coordinatingUnits: units.map((entry) => entry.unit),
    })),
    figures: {
      delegates,
      seatsConfirmed: counted.reduce((sum, session) => sum + session.seatsTaken, 0),
      seatsOffered: counted.reduce((sum, session) => sum + session.capacity!, 0),
    },
  };
}
