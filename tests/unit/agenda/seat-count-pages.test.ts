import { beforeEach, expect, it, vi } from "vitest";

// Which public pages a change of seats refreshes: the sessions' own pages by address while the other
// instances' notice can name them all, every session page past that, and the registration form always.

const refreshed = vi.hoisted(() => [] as string[][]);
vi.mock("@/lib/http/public-pages", () => ({ revalidatePublicPages: (pages: readonly string[]) => void refreshed.push([...pages]) }));
vi.mock("@/lib/http/page-broadcast", () => ({ MOST_PAGES_PER_NOTICE: 50 }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const { revalidateSeatCounts } = await import("@/lib/agenda/revalidate");
const FORM = "/[locale]/(public)/register";
const EVERY_SESSION_PAGE = "/[locale]/(public)/sessions/[slug]";

beforeEach(() => void (refreshed.length = 0));

it("names each session's page in both languages once, and the form", () => {
  revalidateSeatCounts(["le-khai-mac", "toa-dam", "le-khai-mac"]);
  expect(refreshed).toEqual([["/vi/sessions/le-khai-mac", "/en/sessions/le-khai-mac", "/vi/sessions/toa-dam", "/en/sessions/toa-dam", FORM]]);
});

it("refreshes every session page when one notice could not name them all, or when no session is named", () => {
  const many = Array.from({ length: 25 }, (_, n) => `phien-${n}`);
  revalidateSeatCounts(many);
  revalidateSeatCounts();
  expect(refreshed).toEqual([[EVERY_SESSION_PAGE, FORM], [EVERY_SESSION_PAGE, FORM]]);
  revalidateSeatCounts(many.slice(0, 24));
  expect(refreshed[2]).toHaveLength(49);
});
