import "server-only";
import type { Database } from "@/lib/db-client";
import { currentEditionFor, type EditionAudience } from "./rules";

// The one lookup of "the current edition": the public site, the public forms and the admin each ask
// for it with their audience, which decides the statuses they may see (lib/editions/rules.ts).

type CurrentEdition = { id: string; year: number; name: string; nameEn: string | null };

/** The current edition as the audience sees it; null when none is current or it is not theirs to see. */
export function currentEdition(database: Pick<Database, "edition">, audience: EditionAudience): Promise<CurrentEdition | null> {
  return database.edition.findFirst({ where: currentEditionFor(audience), select: { id: true, year: true, name: true, nameEn: true } });
}
