import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { findCurrentEditionYear, getEditionSessionIn, getVenueWithSessionsIn, listEditionSessionsIn, readSitemapDataIn } from "./public-queries";
import { programmePdf } from "./programme-download";
import type { Locale } from "@/lib/i18n/config";
import type { AgendaEdition, AgendaSession, SessionFilters } from "./public-queries";

export type { AgendaEdition, AgendaSession, SessionFilters, SitemapData, VenueWithSessions } from "./public-queries";

/** null when no published/archived edition has that year. Sessions sorted by startsAt then title. includeCancelled adds CANCELLED sessions (for calendar feeds). */
export async function listEditionSessions(
  year: number,
  filters?: SessionFilters,
  options?: { includeCancelled?: boolean },
): Promise<{ edition: AgendaEdition; sessions: AgendaSession[] } | null> {
  return listEditionSessionsIn(db, year, filters, options);
}

/** Every published session of an edition, unfiltered: cached per request, as metadata and page both need it. */
export const getEditionAgenda = cache((year: number) => listEditionSessionsIn(db, year));

/** A published or cancelled session of a published/archived edition; null otherwise. Cached per request. */
export const getEditionSession = cache(
  (year: number, slug: string): Promise<{ edition: AgendaEdition; session: AgendaSession } | null> =>
    getEditionSessionIn(db, year, slug),
);

/** Year of the current public edition, or null. Cached per request. */
export const getCurrentEditionYear = cache(() => findCurrentEditionYear(db));

/** A venue and its published sessions across public editions. Cached per request. */
export const getVenueWithSessions = cache((slug: string) => getVenueWithSessionsIn(db, slug));

export function readSitemapData() {
  return readSitemapDataIn(db);
}

/** The programme PDF of an edition, rendered once per version of its agenda (lib/agenda/programme-download.ts). */
export function getProgrammePdf(year: number, locale: Locale, agendaUrl: string) {
  return programmePdf(db, year, locale, agendaUrl);
}
