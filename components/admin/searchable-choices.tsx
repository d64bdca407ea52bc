"use client";

import { useEffect, useId, useState } from "react";
import { foldDiacritics } from "@/lib/i18n/fold";
import { inputClass } from "./styles";

// Pickers for long lists (units, venues, speakers). Without JavaScript they are a plain <select> and a
// plain list of checkboxes; once the page is interactive a filter box above them hides the choices
// that do not match, accents and case ignored. Chosen entries always stay visible.

export type Choice = { value: string; label: string };

type Texts = { filterLabel: string; filterHint: string };

function useFilter() {
  const [enhanced, setEnhanced] = useState(false);
  const [query, setQuery] = useState("");
  useEffect(() => setEnhanced(true), []);
  // Every typed word must occur somewhere in the label, as in the agenda's search: "van hoa the thao"
  // finds "Sở Văn hóa, Thể thao và Du lịch" despite the comma.
  const words = foldDiacritics(query).split(/\s+/u).filter(Boolean);
  const matches = (label: string) => {
    const folded = foldDiacritics(label);
    return words.every((word) => folded.includes(word));
  };
  return { enhanced, query, setQuery, matches };
}

function FilterBox({ id, texts, query, onChange }: { id: string; texts: Texts; query: string; onChange: (value: string) => void }) {
  return (
    <div className="mt-1">
      <label htmlFor={id} className="sr-only">
        {texts.filterLabel}
      </label>
      <input
        id={id}
        type="search"
        value={query}
        onChange={(event) => onChange(event.target.value)}
        placeholder={texts.filterLabel}
        aria-description={texts.filterHint}
        className={`${inputClass} text-sm`}
      />
    </div>
  );
}

type SelectProps = Texts & {
  id: string;
  name: string;
  label: string;
  choices: Choice[];
  placeholder: string;
  defaultValue: string;
  error?: string;
  required?: boolean;
};

export function SearchableSelect({ id, name, label, choices, placeholder, defaultValue, error, required, ...texts }: SelectProps) {
  const filter = useFilter();
  const [value, setValue] = useState(defaultValue);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-brand-900">
        {label}
      </label>
      {filter.enhanced && <FilterBox id={`${id}-filter`} texts={texts} query={filter.query} onChange={filter.setQuery} />}
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      >
        <option value="">{placeholder}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value} hidden={choice.value !== value && !filter.matches(choice.label)}>
            {choice.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-accent-700">
          {error}
        </p>
      )}
    </div>
  );
}

type CheckboxesProps = Texts & {
  name: string;
  legend: string;
  choices: Choice[];
  defaultValues: string[];
  selectedLabel: (count: number) => string;
  error?: string;
};

export function SearchableCheckboxes({ name, legend, choices, defaultValues, selectedLabel, error, ...texts }: CheckboxesProps) {
  const filter = useFilter();
  const baseId = useId();
  const [chosen, setChosen] = useState(() => new Set(defaultValues));
  const toggle = (value: string, checked: boolean) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (checked) next.add(value);
      else next.delete(value);
      return next;
    });
  return (
    <fieldset aria-describedby={error ? `${baseId}-error` : undefined}>
      <legend className="block text-sm font-semibold text-brand-900">
        {legend} <span className="font-normal text-muted">({selectedLabel(chosen.size)})</span>
      </legend>
      {filter.enhanced && <FilterBox id={`${baseId}-filter`} texts={texts} query={filter.query} onChange={filter.setQuery} />}
      <ul className="mt-2 max-h-72 space-y-1 overflow-y-auto rounded-md border border-slate-300 bg-white p-2">
        {choices.map((choice, index) => (
          <li key={choice.value} hidden={!chosen.has(choice.value) && !filter.matches(choice.label)}>
            <label htmlFor={`${baseId}-${index}`} className="flex min-h-11 items-center gap-3 rounded px-2 hover:bg-brand-50">
              <input
                id={`${baseId}-${index}`}
                type="checkbox"
                name={name}
                value={choice.value}
                checked={chosen.has(choice.value)}
                onChange={(event) => toggle(choice.value, event.target.checked)}
                className="h-5 w-5 shrink-0"
              />
              <span>{choice.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${baseId}-error`} className="mt-1 text-sm font-semibold text-accent-700">
          {error}
        </p>
      )}
    </fieldset>
  );
}
