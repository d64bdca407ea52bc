import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { currentEditionFor, editionsFor } from "./rules";
import { editionFieldsSelect } from "./store";

const unitName = { select: { name: true, nameEn: true, shortName: true } } as const;

/** The organisers and their contacts, as the site's footer shows them. */
const organisersSelect = {
  contacts: { select: { kind: true, name: true, phone: true, email: true } },
  directingUnit: unitName,
  leadUnit: unitName,
  coordinatingUnits: { orderBy: { position: "asc" }, select: { unit: unitName } },
} satisfies Prisma.EditionSelect;

const overviewSelect = {
      ...editionFieldsSelect,
      ...organisersSelect,
      expectedAttendance: true,
      venues: {
        orderBy: { position: "asc" },
        select: { venue: { select: { slug: true, name: true, nameEn: true, address: true } } },
      },
      sessions: {
        where: { status: "PUBLISHED" },
        orderBy: [{ startsAt: "asc" }, { title: "asc" }],
        select: {
          slug: true,
          type: true,
          title: true,
          titleEn: true,
          startsAt: true,
          endsAt: true,
          timesProvisional: true,
          registrationOpen: true,
          venue: { select: { name: true, nameEn: true } },
          leadUnit: unitName,
          coordinatingUnits: { orderBy: { position: "asc" }, select: { unit: unitName } },
        },
      },
} satisfies Prisma.EditionSelect;

/** The edition the public site presents: the one marked current, unless it is still a draft. */
export const getCurrentEdition = cache(async () =>
  db.edition.findFirst({ where: currentEditionFor("public"), select: overviewSelect }),
);

/** Any published or archived edition, for the pages of past editions. */
export const getEditionByYear = cache(async (year: number) =>
  db.edition.findFirst({ where: { year, ...editionsFor("public") }, select: overviewSelect }),
);

export type EditionOverview = NonNullable<Awaited<ReturnType<typeof getCurrentEdition>>>;

/**
 * The current edition's organisers and contacts, for the footer of every public page: on a page rendered
 * per request (the forms, the manage pages) the whole overview would cost each request its sessions.
 */
export const getCurrentOrganisers = cache(async () =>
  db.edition.findFirst({ where: currentEditionFor("public"), select: organisersSelect }),
);

/** Editions other than the current one, newest first, for the archive links. */
export async function listPastEditions() {
  return db.edition.findMany({
    where: { isCurrent: false, ...editionsFor("public") },
    orderBy: { year: "desc" },
    select: { year: true, name: true, nameEn: true },
  });
}
