import "server-only";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/http/public-pages";

// Route patterns as the app directory spells them: one call per pattern refreshes every locale and code.
const PUBLIC_PAGES = [
  "/[locale]/(public)/exhibition",
  "/[locale]/(public)/exhibition/[code]",
  "/[locale]/(public)/editions/[year]/exhibition",
  "/[locale]/(public)/editions/[year]/exhibition/[code]",
] as const;

/** Refreshes the public exhibition (directory, booth pages, past editions) and the booth admin after a write. */
export function revalidateExhibition(): void {
  revalidatePublicPages(PUBLIC_PAGES);
  revalidatePath("/[locale]/admin/booths", "layout");
}
