import "server-only";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/http/public-pages";

/** The media kit page and its admin screen, after any change to an asset. */
export function revalidateMediaKit() {
  revalidatePublicPages(["/[locale]/(public)/bao-chi"]);
  revalidatePath("/[locale]/admin/media", "page");
}
