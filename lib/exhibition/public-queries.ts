import "server-only";
import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BoothCategory, EditionStatus } from "@/lib/generated/prisma/client";
import { searchWords } from "@/lib/agenda/rules";
import type { BoothFilters } from "./schema";
import { currentEditionFor, editionsFor } from "@/lib/editions/rules";

// The exhibition's reads, on any database: the app binds them to its client in queries.ts, the tests
// to their own database. Only published booths of published or archived editions are public.


export type ExhibitionEdition = {
  id: string;
  year: number;
  name: string;
  nameEn: string | null;
  status: EditionStatus;
  isCurrent: boolean;
};

/** The edition's exhibition as the agenda has it: when, where and under which title. */
export type ExhibitionEvent = {
  title: string;
  titleEn: string | null;
  startsAt: Date;
  endsAt: Date;
  venue: { name: string; nameEn: string | null } | null;
};

/** A booth picture: a stored file, served by /api/v1/files, and its descriptions. */
export type BoothImageView = { fileId: string; alt: string; altEn: string | null };

export type BoothSummary = {
  id: string;
  code: string;
  category: BoothCategory;
  exhibitorName: string;
  products: string;
  x: number;
  y: number;
  width: number;
  height: number;
};

/** A booth in the directory: with its first picture that has a thumbnail, for the card (else null). */
export type BoothListing = BoothSummary & { cover: BoothImageView | null };

export type BoothDetail = BoothSummary & {
  description: string;
  descriptionEn: string | null;
  /** What the exhibitor chose to publish; null when no consent to publish is recorded. */
  publicContact: BoothPublicContact | null;
  exhibitorUnit: { name: string; nameEn: string | null } | null;
  /** Every picture, in the organisers' order. */
  images: BoothImageView[];
};

/** The organisation's contacts an exhibitor agreed to show visitors (each may be missing). */
type BoothPublicContact = { email: string | null; phone: string | null; website: string | null };

export type Exhibition = {
  edition: ExhibitionEdition;
  event: ExhibitionEvent | null;
  /** Slug of the hall the booths stand in, for its floor plan; null without booths. */
  hallVenueSlug: string | null;
  hallVenueName: { name: string; nameEn: string | null } | null;
  /** Every published booth, by code: the map draws them all. */
  booths: BoothListing[];
};

const editionSelect = {
  id: true,
  year: true,
  name: true,
  nameEn: true,
  status: true,
  isCurrent: true,
} satisfies Prisma.EditionSelect;

const imageSelect = { fileId: true, alt: true, altEn: true } as const;

const summarySelect = {
  id: true,
  code: true,
  category: true,
  exhibitorName: true,
  products: true,
  x: true,
  y: true,
  width: true,
  height: true,
  // The card's picture: the first with a thumbnail copy. A WebP has none (jimp cannot read it) and could
  // weigh 10 MB, too much for a directory of twenty cards.
  images: {
    where: { file: { thumbnailKey: { not: null } } },
    orderBy: { position: "asc" },
    take: 1,
    select: imageSelect,
  },
} satisfies Prisma.BoothSelect;

const detailSelect = {
  ...summarySelect,
  description: true,
  descriptionEn: true,
  // Never `contactName`: the organisers' contact person is not for the public site.
  contactEmail: true,
  contactPhone: true,
  website: true,
  contactsPublishedAt: true,
  exhibitorUnit: { select: { name: true, nameEn: true } },
  images: { orderBy: { position: "asc" }, select: imageSelect },
} satisfies Prisma.BoothSelect;

/** The current edition when it is public, with the flag that says whether it is still open (not archived). */
export function findCurrentExhibitionEdition(database: Database): Promise<ExhibitionEdition | null> {
  return database.edition.findFirst({
    where: currentEditionFor("public"),
    select: editionSelect,
  });
}

async function readExhibition(database: Database, year: number): Promise<Exhibition | null> {
  const edition = await database.edition.findFirst({
    where: { year, ...editionsFor("public") },
    select: editionSelect,
  });
  if (!edition) return null;
  const [event, booths, hall] = await Promise.all([
    database.session.findFirst({
      where: { editionId: edition.id, type: "EXHIBITION", status: "PUBLISHED" },
      orderBy: { startsAt: "asc" },
      select: { title: true, titleEn: true, startsAt: true, endsAt: true, venue: { select: { name: true, nameEn: true } } },
    }),
    database.booth
      .findMany({ where: { editionId: edition.id, status: "PUBLISHED" }, orderBy: { code: "asc" }, select: summarySelect })
      .then((rows) => rows.map(({ images, ...booth }) => ({ ...booth, cover: images[0] ?? null }))),
    // The hall most booths stand in: the floor map draws one hall.
    database.booth.groupBy({
      by: ["venueId"],
      where: { editionId: edition.id, status: "PUBLISHED", venueId: { not: null } },
      _count: { _all: true },
      orderBy: { _count: { venueId: "desc" } },
      take: 1,
    }),
  ]);
  const venueId = hall[0]?.venueId ?? null;
  const venue = venueId
    ? await database.venue.findUnique({ where: { id: venueId }, select: { slug: true, name: true, nameEn: true } })
    : null;
  return {
    edition,
    event,
    hallVenueSlug: venue?.slug ?? null,
    hallVenueName: venue && { name: venue.name, nameEn: venue.nameEn },
    booths,
  };
}

/**
 * Ids of the edition's published booths in which every word of `query` occurs, diacritics and case
 * aside: in the code, the exhibitor's name, the products, the description or the exhibitor unit's names.
 * null when the query has no words.
 */
async function findBoothIdsMatching(database: Database, editionId: string, query: string): Promise<Set<string> | null> {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const conditions = words.map(
    (word) => Prisma.sql`search_document(b.code, b.exhibitor_name, b.products, b.description, b.description_en,
      u.name, u.name_en, u.short_name) LIKE '%' || search_normalize(${word}) || '%'`,
  );
  const rows = await database.$queryRaw<{ id: string }[]>`
    SELECT b.id::text AS id FROM booths b LEFT JOIN units u ON u.id = b.exhibitor_unit_id
    WHERE b.edition_id = ${editionId}::uuid AND b.status = 'PUBLISHED' AND ${Prisma.join(conditions, " AND ")}`;
  return new Set(rows.map((row) => row.id));
}

/**
 * The exhibition of a public edition: every published booth, and the codes of those that match the
 * filters (all of them without filters). null when no public edition has that year.
 */
export async function listExhibitionIn(
  database: Database,
  year: number,
  filters: BoothFilters = {},
): Promise<(Exhibition & { matching: BoothListing[] }) | null> {
  const exhibition = await readExhibition(database, year);
  if (!exhibition) return null;
  const ids = filters.q ? await findBoothIdsMatching(database, exhibition.edition.id, filters.q) : null;
  const matching = exhibition.booths.filter(
    (booth) => (!filters.category || booth.category === filters.category) && (!ids || ids.has(booth.id)),
  );
  return { ...exhibition, matching };
}

/** A published booth of a public edition, with the edition's other booths for the location map. */
export async function getBoothIn(
  database: Database,
  year: number,
  code: string,
): Promise<(Exhibition & { booth: BoothDetail }) | null> {
  const exhibition = await readExhibition(database, year);
  if (!exhibition) return null;
  const row = await database.booth.findFirst({
    where: { editionId: exhibition.edition.id, code, status: "PUBLISHED" },
    select: detailSelect,
  });
  if (!row) return null;
  const { contactEmail, contactPhone, website, contactsPublishedAt, ...booth } = row;
  // Without a recorded consent the contacts do not leave this function, not even to the page's payload.
  const publicContact = contactsPublishedAt ? { email: contactEmail, phone: contactPhone, website } : null;
  return { ...exhibition, booth: { ...booth, publicContact } };
}
