import type { BoothSummary } from "@/lib/exhibition/queries";
import type { HallLabel, HallPlan } from "@/lib/exhibition/floor-plan";
import { BOOTH_CATEGORIES } from "@/lib/exhibition/rules";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { CategoryPattern, categoryStyles } from "./category-style";

// The hall drawn to scale (1 unit = 1 decimetre), rendered on the server: it needs no JavaScript.
// Interactive, every booth is an SVG link with an accessible name, reachable with Tab and opened with
// Enter; as a location map (a booth's page) it is one image with a text alternative.

/** Room around the walls for the doors' names. */
const MARGIN = 32;
const WALL = "#0a2a5e";
const FLOOR = "#f8fafc";
const MUTED = "#4a5568";

type Props = {
  locale: Locale;
  plan: HallPlan;
  booths: BoothSummary[];
  /** Unique in the page: SVG pattern ids derive from it. */
  id: string;
  /** Accessible name of the whole map. */
  label: string;
  /** Interactive: the page of each booth; absent for a still location map. */
  hrefFor?: (booth: BoothSummary) => string;
  /** Booths shown at full strength; the others are dimmed. All when absent. */
  emphasised?: ReadonlySet<string>;
  /** A booth to point out (its page). */
  highlightCode?: string;
};

function EntranceMark({ plan, entrance, text }: { plan: HallPlan; entrance: HallPlan["entrances"][number]; text: string }) {
  const middle = (entrance.from + entrance.to) / 2;
  const length = entrance.to - entrance.from;
  const horizontal = entrance.wall === "top" || entrance.wall === "bottom";
  const along = horizontal ? { x: entrance.from, width: length, height: 8 } : { y: entrance.from, height: length, width: 8 };
  const gap = {
    top: { ...along, y: -4 },
    bottom: { ...along, y: plan.height - 4 },
    left: { ...along, x: -4 },
    right: { ...along, x: plan.width - 4 },
  }[entrance.wall];
  const labelAt = {
    top: { x: middle, y: -9, rotate: 0 },
    bottom: { x: middle, y: plan.height + 19, rotate: 0 },
    left: { x: -15, y: middle, rotate: -90 },
    right: { x: plan.width + 15, y: middle, rotate: 90 },
  }[entrance.wall];
  return (
    <g>
      <rect {...gap} fill="#ffffff" />
      <text
        x={labelAt.x}
        y={labelAt.y}
        transform={labelAt.rotate ? `rotate(${labelAt.rotate} ${labelAt.x} ${labelAt.y})` : undefined}
        textAnchor="middle"
        dominantBaseline="middle"
        fontSize={14}
        fontWeight={700}
        fill="#a3141c"
      >
        {text}
      </text>
    </g>
  );
}

export function FloorMap({ locale, plan, booths, id, label, hrefFor, emphasised, highlightCode }: Props) {
  const t = getTranslator(locale, "exhibition");
  const hallText = (key: HallLabel) => t(key);
  const viewBox = `${-MARGIN} ${-MARGIN} ${plan.width + 2 * MARGIN} ${plan.height + 2 * MARGIN}`;
  const patternId = (category: string) => `${id}-${category}`;
  const interactive = Boolean(hrefFor);

  const boothShape = (booth: BoothSummary) => {
    const style = categoryStyles[booth.category];
    const dimmed = (emphasised && !emphasised.has(booth.id)) || (highlightCode !== undefined && booth.code !== highlightCode);
    const highlighted = booth.code === highlightCode;
    const fontSize = Math.min(14, booth.height / 2.4);
    const shape = (
      <>
        <rect
          x={booth.x + 1}
          y={booth.y + 1}
          width={booth.width - 2}
          height={booth.height - 2}
          rx={2}
          fill={`url(#${patternId(booth.category)})`}
          stroke={highlighted ? "#a3141c" : style.ink}
          strokeWidth={highlighted ? 3 : 1.5}
          className={
            interactive
              ? "transition-[stroke-width] group-hover:stroke-[3] group-focus-visible:stroke-[#f2c14e] group-focus-visible:stroke-[4]"
              : undefined
          }
        />
        {interactive && (
          <rect
            x={booth.x - 3}
            y={booth.y - 3}
            width={booth.width + 6}
            height={booth.height + 6}
            rx={4}
            fill="none"
            stroke="#061a3d"
            strokeWidth={2.5}
            className="hidden group-focus-visible:inline"
          />
        )}
        <text
          x={booth.x + booth.width / 2}
          y={booth.y + booth.height / 2}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={fontSize}
          fontWeight={700}
          fill="#14213d"
          stroke="#ffffff"
          strokeWidth={3}
          paintOrder="stroke"
          strokeLinejoin="round"
        >
          {booth.code}
        </text>
      </>
    );
    if (hrefFor) {
      return (
        <a
          key={booth.id}
          href={hrefFor(booth)}
          aria-label={t("boothLinkLabel", { code: booth.code, exhibitor: booth.exhibitorName })}
          data-booth={booth.code}
          data-dimmed={dimmed ? "true" : undefined}
          style={dimmed ? { opacity: 0.3 } : undefined}
          className="group cursor-pointer outline-none"
        >
          <title>{`${booth.code} · ${booth.exhibitorName}`}</title>
          {shape}
        </a>
      );
    }
    return (
      <g key={booth.id} data-booth={booth.code} opacity={dimmed ? 0.35 : 1}>
        {shape}
      </g>
    );
  };

  return (
    <svg
      viewBox={viewBox}
      role={interactive ? "group" : "img"}
      aria-label={label}
      className="block h-auto w-full"
      preserveAspectRatio="xMidYMid meet"
    >
      <defs>
        {BOOTH_CATEGORIES.map((category) => (
          <CategoryPattern key={category} id={patternId(category)} category={category} />
        ))}
      </defs>
      <rect x={0} y={0} width={plan.width} height={plan.height} fill={FLOOR} stroke={WALL} strokeWidth={4} />
      {plan.entrances.map((entrance) => (
        <EntranceMark key={`${entrance.wall}-${entrance.from}`} plan={plan} entrance={entrance} text={hallText(entrance.label)} />
      ))}
      {plan.areas.map((area) => (
        <g key={area.label}>
          <rect {...area} rx={3} fill="#ffffff" stroke={MUTED} strokeWidth={1} strokeDasharray="4 3" />
          <text
            x={area.x + area.width / 2}
            y={area.y + area.height / 2}
            textAnchor="middle"
            dominantBaseline="central"
            fontSize={13}
            fill={MUTED}
          >
            {hallText(area.label)}
          </text>
        </g>
      ))}
      {plan.aisles.map((aisle) => (
        <text
          key={aisle.label}
          x={aisle.x}
          y={aisle.y}
          textAnchor="middle"
          dominantBaseline="central"
          fontSize={13}
          fontStyle="italic"
          letterSpacing={1}
          fill={MUTED}
        >
          {hallText(aisle.label)}
        </text>
      ))}
      {/* The highlighted booth last, so that its outline is not covered by its neighbours. */}
      {[...booths].sort((a, b) => Number(a.code === highlightCode) - Number(b.code === highlightCode)).map(boothShape)}
    </svg>
  );
}
