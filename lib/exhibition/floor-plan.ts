import type { MapRect } from "./rules";

// The halls the floor map can draw. Booth positions live in the database; the hall's walls, doors and
// fixed areas are part of the building, so they live here, keyed by venue slug.

export type HallLabel = "mainEntrance" | "sideEntrance" | "mainAisle" | "crossAisle" | "infoDesk" | "networkingArea";

export type HallPlan = {
  /** Decimetres: a 60 m × 36 m hall is 600 × 360. */
  width: number;
  height: number;
  /** Openings in a wall, from `from` to `to` along it (decimetres from the top-left corner). */
  entrances: { label: HallLabel; wall: "top" | "bottom" | "left" | "right"; from: number; to: number }[];
  /** Fixed areas that are not booths. */
  areas: (MapRect & { label: HallLabel })[];
  /** Where the aisles are named, at the centre of the text. */
  aisles: { label: HallLabel; x: number; y: number }[];
};

const MAIN_HALL: HallPlan = {
  width: 600,
  height: 360,
  entrances: [
    { label: "mainEntrance", wall: "bottom", from: 260, to: 340 },
    { label: "sideEntrance", wall: "right", from: 240, to: 300 },
  ],
  areas: [
    { label: "infoDesk", x: 255, y: 300, width: 90, height: 25 },
    { label: "networkingArea", x: 390, y: 250, width: 150, height: 70 },
  ],
  aisles: [
    { label: "crossAisle", x: 300, y: 98 },
    { label: "mainAisle", x: 300, y: 232 },
  ],
};

const HALLS: Record<string, HallPlan> = {
  "trung-tam-hoi-nghi-trien-lam-quang-ngai": MAIN_HALL,
};

/** Margin around booths when a venue has no drawn hall: the map then shows the booths on a plain floor. */
const BARE_MARGIN = 30;

export function hallPlanFor(venueSlug: string | null | undefined, booths: readonly MapRect[]): HallPlan {
  const known = venueSlug ? HALLS[venueSlug] : undefined;
  if (known) return known;
  const right = Math.max(0, ...booths.map((booth) => booth.x + booth.width));
  const bottom = Math.max(0, ...booths.map((booth) => booth.y + booth.height));
  return { width: right + BARE_MARGIN, height: bottom + BARE_MARGIN, entrances: [], areas: [], aisles: [] };
}
