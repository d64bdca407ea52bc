import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { findCurrentExhibitionEdition, getBoothIn, listExhibitionIn } from "./public-queries";
import type { BoothFilters } from "./schema";

export type {
  BoothDetail,
  BoothImageView,
  BoothListing,
  BoothSummary,
  Exhibition,
  ExhibitionEdition,
  ExhibitionEvent,
} from "./public-queries";

/** See listExhibitionIn in data.ts. Cached per request (metadata and page share it). */
export const listExhibition = cache((year: number, filters?: BoothFilters) => listExhibitionIn(db, year, filters));

/** See getBoothIn in data.ts. Cached per request. */
export const getBooth = cache((year: number, code: string) => getBoothIn(db, year, code));

/** The current public edition, or null. Cached per request. */
export const getCurrentExhibitionEdition = cache(() => findCurrentExhibitionEdition(db));
