"use client";

import { SiteLink } from "@/components/ui/site-link";

type Choice = readonly [value: string, label: string];
type Select = { name: "venue" | "type" | "lead"; label: string; allLabel: string; choices: readonly Choice[] };

export type FilterFormLabels = {
  title: string;
  search: string;
  searchHint: string;
  apply: string;
  more: string;
  applyFilters: string;
  reset: string;
};

/**
 * The agenda's search and filters from their strings (built by agenda-filters.tsx): a plain GET form,
 * so the filters live in the URL, work without JavaScript and survive the back button. A client
 * component only so that the page's RSC payload carries the words and choices, not the form's elements.
 */
export function FilterForm(props: {
  action: string;
  values: { q?: string; day?: string; venue?: string; type?: string; lead?: string };
  labels: FilterFormLabels;
  selects: readonly Select[];
}) {
  const { action, values, labels, selects } = props;
  const hasAny = Object.values(values).some(Boolean);
  return (
    <form method="get" action={action} role="search" aria-labelledby="agenda-filters-title" className="agenda-filters">
      <h2 id="agenda-filters-title">{labels.title}</h2>
      {/* The day is chosen with the day links; the form keeps it while other filters change. */}
      {values.day && <input type="hidden" name="day" value={values.day} />}
      <label htmlFor="agenda-q" className="agenda-label mt-3">
        {labels.search}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="agenda-q"
          type="search"
          name="q"
          defaultValue={values.q ?? ""}
          maxLength={100}
          aria-describedby="agenda-q-hint"
          className="agenda-field mt-0 min-w-0 flex-1"
        />
        <button type="submit" className="button-primary shrink-0">
          {labels.apply}
        </button>
      </div>
      <p id="agenda-q-hint" className="mt-1 text-sm text-muted">
        {labels.searchHint}
      </p>
      <details open={Boolean(values.venue || values.type || values.lead)}>
        <summary>
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path d="M7 4l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {labels.more}
        </summary>
        <div className="mt-2 grid gap-4 md:grid-cols-3">
          {selects.map(({ name, label, allLabel, choices }) => (
            <div key={name}>
              <label htmlFor={`agenda-${name}`} className="agenda-label">
                {label}
              </label>
              <select id={`agenda-${name}`} name={name} defaultValue={values[name] ?? ""} className="agenda-field">
                <option value="">{allLabel}</option>
                {choices.map(([value, choiceLabel]) => (
                  <option key={value} value={value}>
                    {choiceLabel}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
        <button type="submit" className="button-outline mt-4">
          {labels.applyFilters}
        </button>
      </details>
      {hasAny && (
        <SiteLink href={action} className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4">
          {labels.reset}
        </SiteLink>
      )}
    </form>
  );
}
