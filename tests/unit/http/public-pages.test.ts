import { afterEach, beforeEach, expect, it, vi } from "vitest";

// Next stores a page with the time it was stored: a render that read the database before a write and
// finished after it would stay "fresh" for five minutes. The pages must be expired again once such a
// render is over, not only at the moment of the write.

const expired: string[] = [];
const afterCallbacks: (() => Promise<void>)[] = [];
vi.mock("next/cache", () => ({ revalidatePath: (pattern: string, type: string) => void expired.push(`${pattern}|${type}`) }));
vi.mock("next/server", () => ({ after: (callback: () => Promise<void>) => void afterCallbacks.push(callback) }));
const broadcasts: (readonly string[])[] = [];
vi.mock("@/lib/http/page-broadcast", () => ({ broadcastRevalidation: async (patterns: readonly string[]) => void broadcasts.push(patterns) }));

const { RENDER_SETTLE_PASSES_MS, revalidatePublicPages } = await import("@/lib/http/public-pages");
const PAGES = ["/[locale]/(public)/agenda", "/[locale]/(public)/sessions/[slug]"];

beforeEach(() => {
  vi.useFakeTimers();
  expired.length = 0;
  afterCallbacks.length = 0;
  broadcasts.length = 0;
});
afterEach(() => vi.useRealTimers());

it("expires every page at once, and again once renders begun before the write are over, even slow ones", async () => {
  revalidatePublicPages(PAGES);
  const onePass = ["/[locale]/(public)/agenda|page", "/[locale]/(public)/sessions/[slug]|page"];
  expect(expired).toEqual(onePass);
  expect(afterCallbacks).toHaveLength(1);

  const laterPasses = afterCallbacks[0]!();
  const [first, last] = RENDER_SETTLE_PASSES_MS;
  await vi.advanceTimersByTimeAsync(first - 1);
  expect(expired).toHaveLength(2);
  await vi.advanceTimersByTimeAsync(1);
  expect(expired).toEqual([...onePass, ...onePass]);
  await vi.advanceTimersByTimeAsync(last - first);
  await laterPasses;
  expect(expired).toEqual([...onePass, ...onePass, ...onePass]);
  expect(broadcasts).toEqual([PAGES]);
});

it("does not tell the other instances again when it acts on their notice", async () => {
  revalidatePublicPages(PAGES, { broadcast: false });
  const pass = afterCallbacks[0]!();
  await vi.advanceTimersByTimeAsync(RENDER_SETTLE_PASSES_MS.at(-1)!);
  await pass;
  expect(broadcasts).toEqual([]);
});

it("expires a route pattern as a page, a section with its layout, and one page by its own address", () => {
  revalidatePublicPages(["/[locale]/(public)/register", "/[locale]/(public)/*", "/vi/sessions/le-khai-mac"]);
  // A rendered page carries its address as a tag of its own, without the `/page` of its pattern.
  expect(expired).toEqual(["/[locale]/(public)/register|page", "/[locale]/(public)|layout", "/vi/sessions/le-khai-mac|undefined"]);
});
