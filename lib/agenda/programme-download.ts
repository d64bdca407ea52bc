import type { Database } from "@/lib/db-client";
import type { Locale } from "@/lib/i18n/config";
import { createRenderCache, type Rendered } from "@/lib/http/render-cache";
import { listEditionSessionsIn } from "./public-queries";
import { renderProgrammePdf } from "./programme-pdf";

// The programme PDF of an edition, rendered once per version of the agenda it prints (and per
// language): the public download and the media kit's copy both take it from here, so a flood of
// downloads costs one rendering. A few versions are kept: two languages of the current editions.

const programmes = createRenderCache({ maxEntries: 8 });

/** The programme PDF of `year` in `locale`, from the cache when the agenda has not changed; null for an unknown edition. */
export async function programmePdf(database: Database, year: number, locale: Locale, agendaUrl: string): Promise<Rendered | null> {
  const listing = await listEditionSessionsIn(database, year);
  if (!listing) return null;
  return programmes.get({ listing, locale, agendaUrl }, async () => new Uint8Array(await renderProgrammePdf({ ...listing, locale, agendaUrl })));
}

/** How many programmes this process has rendered (the tests count renderings). */
export function programmeRenderings(): number {
  return programmes.renderings;
}
