import type { BoothCategoryValue } from "@/lib/exhibition/rules";

// Each category has a light fill and a darker pattern of its own hue, so that the map can be read
// without telling colours apart (WCAG 1.4.1): stripes, dots, grid, lines, waves… and the legend says which.

type CategoryStyle = {
  fill: string;
  ink: string;
  pattern: "stripes" | "dots" | "grid" | "lines" | "columns" | "backStripes" | "checks" | "hatch";
};

export const categoryStyles: Record<BoothCategoryValue, CategoryStyle> = {
  STARTUP: { fill: "#fde8ea", ink: "#c8102e", pattern: "stripes" },
  RESEARCH_RESULT: { fill: "#e3ecfa", ink: "#1a5bc0", pattern: "dots" },
  SCIENCE_TECH_ENTERPRISE: { fill: "#d5f2ee", ink: "#0f766e", pattern: "grid" },
  DIGITAL_SERVICE: { fill: "#ede4fb", ink: "#6d28d9", pattern: "lines" },
  TOURISM_SOLUTION: { fill: "#fff1d6", ink: "#b7791f", pattern: "columns" },
  AGRICULTURE_SOLUTION: { fill: "#dcf5dc", ink: "#2f855a", pattern: "backStripes" },
  OCOP_PRODUCT: { fill: "#fde2cf", ink: "#c2410c", pattern: "checks" },
  OTHER_PROVINCE: { fill: "#e5e7eb", ink: "#4b5563", pattern: "hatch" },
};

const TILE = 8;

function PatternShapes({ kind, ink }: { kind: CategoryStyle["pattern"]; ink: string }) {
  const line = { stroke: ink, strokeWidth: 1.4, strokeOpacity: 0.55 };
  switch (kind) {
    case "stripes":
      return <path d={`M0 ${TILE} L${TILE} 0 M-2 2 L2 -2 M${TILE - 2} ${TILE + 2} L${TILE + 2} ${TILE - 2}`} {...line} />;
    case "backStripes":
      return <path d={`M0 0 L${TILE} ${TILE} M-2 ${TILE - 2} L2 ${TILE + 2} M${TILE - 2} -2 L${TILE + 2} 2`} {...line} />;
    case "dots":
      return <circle cx={TILE / 2} cy={TILE / 2} r={1.6} fill={ink} fillOpacity={0.55} />;
    case "grid":
      return <path d={`M0 0.5 H${TILE} M0.5 0 V${TILE}`} {...line} />;
    case "lines":
      return <path d={`M0 ${TILE / 2} H${TILE}`} {...line} />;
    case "columns":
      return <path d={`M${TILE / 2} 0 V${TILE}`} {...line} />;
    case "checks":
      return <rect x={0} y={0} width={TILE / 2} height={TILE / 2} fill={ink} fillOpacity={0.3} />;
    case "hatch":
      return <path d={`M0 ${TILE} L${TILE} 0 M0 0 L${TILE} ${TILE}`} {...line} strokeWidth={0.9} />;
  }
}

/** An SVG pattern filling a shape with the category's colour and texture; `id` must be unique in the page. */
export function CategoryPattern({ id, category }: { id: string; category: BoothCategoryValue }) {
  const style = categoryStyles[category];
  return (
    <pattern id={id} patternUnits="userSpaceOnUse" width={TILE} height={TILE}>
      <rect width={TILE} height={TILE} fill={style.fill} />
      <PatternShapes kind={style.pattern} ink={style.ink} />
    </pattern>
  );
}

/** A small square of the category's colour and texture, for legends and cards (decorative: the label says it). */
export function CategorySwatch({
  category,
  idPrefix,
  size = 20,
}: {
  category: BoothCategoryValue;
  idPrefix: string;
  size?: number;
}) {
  const id = `${idPrefix}-${category}`;
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden="true" focusable="false" className="shrink-0">
      <defs>
        <CategoryPattern id={id} category={category} />
      </defs>
      <rect
        x={0.75}
        y={0.75}
        width={18.5}
        height={18.5}
        rx={3}
        fill={`url(#${id})`}
        stroke={categoryStyles[category].ink}
        strokeWidth={1.5}
      />
    </svg>
  );
}
