import Link from "next/link";
import type { AgendaSession, SessionFilters } from "@/lib/agenda/queries";
import { filterOptions } from "@/lib/agenda/rules";
import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { SessionType } from "@/lib/generated/prisma/enums";

// Component classes (app/globals.css): the page and its RSC payload repeat them for every field.
const fieldClass = "agenda-field";
const labelClass = "agenda-label";

type Props = {
  locale: Locale;
  action: string;
  sessions: AgendaSession[];
  filters: SessionFilters;
};

type SelectProps = {
  name: string;
  label: string;
  allLabel: string;
  value: string | undefined;
  choices: { value: string; label: string }[];
};

function FilterSelect({ name, label, allLabel, value, choices }: SelectProps) {
  return (
    <div>
      <label htmlFor={`agenda-${name}`} className={labelClass}>{label}</label>
      <select id={`agenda-${name}`} name={name} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">{allLabel}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>{choice.label}</option>
        ))}
      </select>
    </div>
  );
}

/** A plain GET form: the filters live in the URL, work without JavaScript and survive the back button. */
export function AgendaFilters({ locale, action, sessions, filters }: Props) {
  const t = getTranslator(locale, "agenda");
  const types = getTranslator(locale, "sessionType");
  const options = filterOptions(sessions, Object.values(SessionType));
  const hasAny = Object.values(filters).some(Boolean);
  const narrowing = Boolean(filters.venue || filters.type || filters.lead);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-labelledby="agenda-filters-title"
      className="agenda-filters"
    >
      <h2 id="agenda-filters-title">{t("filtersTitle")}</h2>
      {/* The day is chosen with the day links; the form keeps it while other filters change. */}
      {filters.day && <input type="hidden" name="day" value={filters.day} />}
      <label htmlFor="agenda-q" className={`${labelClass} mt-3`}>{t("searchLabel")}</label>
      <div className="mt-1 flex gap-2">
        <input
          id="agenda-q"
          type="search"
          name="q"
          defaultValue={filters.q ?? ""}
          maxLength={100}
          aria-describedby="agenda-q-hint"
          className="agenda-field mt-0 min-w-0 flex-1"
        />
        <button type="submit" className="button-primary shrink-0">
          {t("apply")}
        </button>
      </div>
      <p id="agenda-q-hint" className="mt-1 text-sm text-muted">{t("searchHint")}</p>
      <details open={narrowing}>
        <summary>
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M7 4l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t("moreFilters")}
        </summary>
        <div className="mt-2 grid gap-4 md:grid-cols-3">
          <FilterSelect
            name="venue"
            label={t("venueLabel")}
            allLabel={t("allVenues")}
            value={filters.venue}
            choices={options.venues.map((venue) => ({ value: venue.slug, label: pickLocalized(locale, venue.name, venue.nameEn) }))}
          />
          <FilterSelect
            name="type"
            label={t("typeLabel")}
            allLabel={t("allTypes")}
            value={filters.type}
            choices={options.types.map((type) => ({ value: type, label: types(type) }))}
          />
          <FilterSelect
            name="lead"
            label={t("leadLabel")}
            allLabel={t("allLeads")}
            value={filters.lead}
            choices={options.leads.map((unit) => ({ value: unit.id, label: pickLocalized(locale, unit.name, unit.nameEn) }))}
          />
        </div>
        <button type="submit" className="button-outline mt-4">
          {t("applyFilters")}
        </button>
      </details>
      {hasAny && (
        <Link href={action} className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4">
          {t("reset")}
        </Link>
      )}
    </form>
  );
}
