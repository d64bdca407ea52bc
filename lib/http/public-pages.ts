import "server-only";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { broadcastRevalidation } from "./page-broadcast";

/** Every public page (what the public layout shows, such as the footer's contacts, changed). */
export const EVERY_PUBLIC_PAGE = "/[locale]/(public)/*";

/**
 * When the pages are expired again after a write: once a render takes (a few seconds), and once more
 * for a render slowed by a loaded machine, which may take several times as long.
 */
export const RENDER_SETTLE_PASSES_MS = [5_000, 20_000] as const;

/**
 * Marks statically rendered public pages stale after a write — now, and once more a few seconds later.
 * Next stamps a cached page when it stores it, not when its render began: a visitor's render that read
 * the database just before the write and finished just after would otherwise be kept as fresh for the
 * page's whole revalidate period (an organiser publishes, and the agenda goes on without the session
 * for five minutes). The later passes, once such renders are over, drop that page.
 * `patterns` are route patterns as the app directory spells them, route group included (a trailing
 * `/*`: every page under it, as EVERY_PUBLIC_PAGE), or one page's address (`/vi/sessions/le-khai-mac`). Other
 * instances are told to do the same (lib/http/page-broadcast.ts); `broadcast: false` is their side.
 */
export function revalidatePublicPages(patterns: readonly string[], { broadcast = true } = {}): void {
  const expire = () => {
    for (const pattern of patterns) {
      if (pattern.endsWith("/*")) revalidatePath(pattern.slice(0, -2), "layout");
      else if (/[[(]/.test(pattern)) revalidatePath(pattern, "page");
      // A page's own address: Next tags a rendered page with it, without the `/page` of its pattern.
      else revalidatePath(pattern);
    }
  };
  expire();
  after(async () => {
    if (broadcast) await broadcastRevalidation(patterns);
    let waited = 0;
    for (const at of RENDER_SETTLE_PASSES_MS) {
      await new Promise((settled) => setTimeout(settled, at - waited));
      waited = at;
      expire();
    }
  });
}
