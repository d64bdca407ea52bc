// Pure exhibition rules, shared by the seed, the pages and the booth admin. No I/O here.

import { localDateTimeToUtc } from "@/lib/time/zone";

const DAY_MS = 24 * 60 * 60 * 1000;

/** The categories of seed 000 (mục III.2.2), in the order the directory and the legend list them. */
export const BOOTH_CATEGORIES = [
  "STARTUP",
  "RESEARCH_RESULT",
  "SCIENCE_TECH_ENTERPRISE",
  "DIGITAL_SERVICE",
  "TOURISM_SOLUTION",
  "AGRICULTURE_SOLUTION",
  "OCOP_PRODUCT",
  "OTHER_PROVINCE",
] as const;

export type BoothCategoryValue = (typeof BOOTH_CATEGORIES)[number];

/** A rectangle on the floor map, in decimetres of the hall; x and y are its top-left corner. */
export type MapRect = { x: number; y: number; width: number; height: number };

/**
 * Whether two booths share floor space. Booths that only touch along an edge (a row of stands
 * built side by side) do not overlap.
 */
export function rectanglesOverlap(a: MapRect, b: MapRect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Every pair of booths that overlap, by code, each pair once, in the order the booths are given. */
export function findOverlappingBooths(booths: readonly (MapRect & { code: string })[]): [string, string][] {
  const pairs: [string, string][] = [];
  booths.forEach((booth, index) => {
    for (const other of booths.slice(index + 1)) {
      if (rectanglesOverlap(booth, other)) pairs.push([booth.code, other.code]);
    }
  });
  return pairs;
}

/** Whether a booth stands wholly inside a hall of the given size. */
export function isInsideHall(booth: MapRect, hall: { width: number; height: number }): boolean {
  return booth.x >= 0 && booth.y >= 0 && booth.x + booth.width <= hall.width && booth.y + booth.height <= hall.height;
}

const BOOTH_CODE = /^[A-Z]\d{2}$/;

/** "a01", " A01 " → "A01"; null when it is not a booth code (a zone letter and two digits). */
export function normalizeBoothCode(value: string): string | null {
  const code = value.trim().toUpperCase();
  return BOOTH_CODE.test(code) ? code : null;
}

/**
 * A booth's products as a list: exhibitors write them separated by semicolons or on separate lines,
 * the way a sentence runs on ("…; tem truy xuất"); as list items each starts with a capital.
 */
export function productList(products: string): string[] {
  return products
    .split(/[;\n]/)
    .map((product) => product.trim())
    .filter((product) => product.length > 0)
    .map((product) => product.charAt(0).toLocaleUpperCase("vi") + product.slice(1));
}

export type PlacementProblem = { kind: "outside-hall" } | { kind: "overlap"; codes: string[] };

/**
 * Why a booth cannot stand there: outside the hall, or on other booths' floor (by code). `others`
 * are the edition's other booths, the booth itself excluded. Empty: the place is free.
 */
export function placementProblems(
  booth: MapRect,
  hall: { width: number; height: number },
  others: readonly (MapRect & { code: string })[],
): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  if (!isInsideHall(booth, hall)) problems.push({ kind: "outside-hall" });
  const codes = others.filter((other) => rectanglesOverlap(booth, other)).map((other) => other.code);
  if (codes.length > 0) problems.push({ kind: "overlap", codes });
  return problems;
}

/** The order after moving `id` one place up or down; null when it is not in the list or cannot move further. */
export function moveOneStep<T>(order: readonly T[], id: T, direction: "up" | "down"): T[] | null {
  const from = order.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= order.length) return null;
  const moved = [...order];
  [moved[from], moved[to]] = [moved[to]!, moved[from]!];
  return moved;
}

/**
 * Whether applications are still taken at `now`: until the end of the last day (a calendar date,
 * read in Quảng Ngãi), or always when organisers set no deadline.
 */
export function isBeforeApplicationDeadline(applyBy: Date | null, now: Date): boolean {
  if (!applyBy) return true;
  const lastDay = applyBy.toISOString().slice(0, 10);
  return now.getTime() < localDateTimeToUtc(lastDay, "00:00").getTime() + DAY_MS;
}
