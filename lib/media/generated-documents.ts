import type { Database } from "@/lib/db-client";
import type { Locale } from "@/lib/i18n/config";
import { createRenderCache, type Rendered } from "@/lib/http/render-cache";
import { readFactSheetDataIn } from "./fact-sheet-queries";
import { renderFactSheetPdf, type FactSheetInput } from "./fact-sheet-pdf";

// The fact sheet of an edition, generated from its data so that the media kit is never empty:
// rendered once per version of what it says (programme, figures, language), like the programme PDF
// (lib/agenda/programme-download.ts). A new registration changes the figures, hence the key.

const factSheets = createRenderCache({ maxEntries: 8 });

/** The fact sheet PDF of `year` in `locale`, from the cache when nothing it shows has changed; null for an edition that is not public. */
export async function factSheetPdf(database: Database, year: number, locale: Locale, urls: FactSheetInput["urls"]): Promise<Rendered | null> {
  const data = await readFactSheetDataIn(database, year);
  if (!data) return null;
  return factSheets.get({ data, locale, urls }, async () => new Uint8Array(await renderFactSheetPdf({ data, locale, urls })));
}

/** How many fact sheets this process has rendered (the tests count renderings). */
export function factSheetRenderings(): number {
  return factSheets.renderings;
}
