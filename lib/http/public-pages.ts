import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { broadcastRevalidation } from "./page-broadcast";

/** Every public page (what the public layout shows, such as the footer's contacts, changed). */
export const EVERY_PUBLIC_PAGE = "/[locale]/(public)/*";

/** Longer than a public page's render takes, even under load. */
export const RENDER_SETTLE_MS = 5_000;

/**
 * Marks statically rendered public pages stale after a write — now, and once more a few seconds later.
 * Next stamps a cached page when it stores it, not when its render began: a visitor's render that read
 * the database just before the write and finished just after would otherwise be kept as fresh for the
 * page's whole revalidate period (an organiser publishes, and the agenda goes on without the session
 * for five minutes). The second pass, once such renders are over, drops that page.
 * `patterns` are route patterns as the app directory spells them, route group included (a trailing
 * `/*`: every page under it, as EVERY_PUBLIC_PAGE). Other
 * instances are told to do the same (lib/http/page-broadcast.ts); `broadcast: false` is their side.
 */
export function revalidatePublicPages(patterns: readonly string[], { broadcast = true } = {}): void {
  const expire = () => {
    for (const pattern of patterns) {
      if (pattern.endsWith("/*")) revalidatePath(pattern.slice(0, -2), "layout");
      else revalidatePath(pattern, "page");
    }
  };
  expire();
  after(async () => {
    if (broadcast) await broadcastRevalidation(patterns);
    await new Promise((settled) => setTimeout(settled, RENDER_SETTLE_MS));
    expire();
  });
}
