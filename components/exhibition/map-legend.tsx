import type { BoothSummary } from "@/lib/exhibition/queries";
import { BOOTH_CATEGORIES } from "@/lib/exhibition/rules";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { CategorySwatch } from "./category-style";

/** The categories present on the map, each with its colour, texture and number of booths. */
export function MapLegend({ locale, booths }: { locale: Locale; booths: BoothSummary[] }) {
  const t = getTranslator(locale, "exhibition");
  const categories = getTranslator(locale, "boothCategory");
  const present = BOOTH_CATEGORIES.map((category) => ({
    category,
    count: booths.filter((booth) => booth.category === category).length,
  })).filter(({ count }) => count > 0);
  return (
    <div>
      <h3 id="map-legend-title" className="text-sm font-bold text-brand-900">
        {t("legendTitle")}
      </h3>
      <ul aria-labelledby="map-legend-title" className="mt-2 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        {present.map(({ category, count }) => (
          <li key={category} className="flex items-center gap-2">
            <CategorySwatch category={category} idPrefix="legend" />
            <span>
              {categories(category)} <span className="text-muted">({count})</span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
