import { SiteLink } from "@/components/ui/site-link";
import { BOOTH_CATEGORIES } from "@/lib/exhibition/rules";
import type { BoothFilters as Filters } from "@/lib/exhibition/schema";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

const fieldClass =
  "mt-1 block min-h-11 w-full rounded-md border border-brand-700/30 bg-white px-3 py-2 text-base text-ink shadow-sm focus:border-brand-600";
const labelClass = "block text-sm font-semibold text-brand-900";

/** A plain GET form: the filters live in the URL, work without JavaScript and survive the back button. */
export function BoothFilters({ locale, action, filters }: { locale: Locale; action: string; filters: Filters }) {
  const t = getTranslator(locale, "exhibition");
  const categories = getTranslator(locale, "boothCategory");
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="booth-filters-title"
      className="rounded-xl border border-brand-100 bg-brand-50 p-4 sm:p-5"
    >
      <h2 id="booth-filters-title" className="text-base font-bold text-brand-900">
        {t("filtersTitle")}
      </h2>
      <div className="mt-3 grid gap-4 md:grid-cols-[2fr_1fr]">
        <div>
          <label htmlFor="booth-q" className={labelClass}>
            {t("searchLabel")}
          </label>
          <input
            id="booth-q"
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            maxLength={100}
            aria-describedby="booth-q-hint"
            className={fieldClass}
          />
          <p id="booth-q-hint" className="mt-1 text-sm text-muted">
            {t("searchHint")}
          </p>
        </div>
        <div>
          <label htmlFor="booth-category" className={labelClass}>
            {t("categoryLabel")}
          </label>
          <select id="booth-category" name="category" defaultValue={filters.category ?? ""} className={fieldClass}>
            <option value="">{t("allCategories")}</option>
            {BOOTH_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {categories(category)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="inline-flex min-h-11 items-center justify-center rounded-md bg-accent-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-accent-700"
        >
          {t("apply")}
        </button>
        {(filters.q || filters.category) && (
          <SiteLink
            href={action}
            className="inline-flex min-h-11 items-center px-2 font-semibold text-brand-700 underline underline-offset-4"
          >
            {t("reset")}
          </SiteLink>
        )}
      </div>
    </form>
  );
}
