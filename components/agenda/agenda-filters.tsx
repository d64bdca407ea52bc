import type { AgendaSession, SessionFilters } from "@/lib/agenda/queries";
import { filterOptions } from "@/lib/agenda/rules";
import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { SessionType } from "@/lib/generated/prisma/enums";
import { FilterForm } from "./filter-form";

type Props = {
  locale: Locale;
  action: string;
  sessions: AgendaSession[];
  filters: SessionFilters;
};

/** Search and filters of the agenda: the choices are what the edition's sessions have (filter-form.tsx draws the form). */
export function AgendaFilters({ locale, action, sessions, filters }: Props) {
  const t = getTranslator(locale, "agenda");
  const types = getTranslator(locale, "sessionType");
  const options = filterOptions(sessions, Object.values(SessionType));
  // Only the filters that are set: every value given to a client component is written into the payload.
  const values = Object.fromEntries(Object.entries(filters).filter(([, value]) => Boolean(value))) as SessionFilters;
  return (
    <FilterForm
      action={action}
      values={values}
      labels={{
        title: t("filtersTitle"),
        search: t("searchLabel"),
        searchHint: t("searchHint"),
        apply: t("apply"),
        more: t("moreFilters"),
        applyFilters: t("applyFilters"),
        reset: t("reset"),
      }}
      selects={[
        {
          name: "venue",
          label: t("venueLabel"),
          allLabel: t("allVenues"),
          choices: options.venues.map((venue) => [venue.slug, pickLocalized(locale, venue.name, venue.nameEn)] as const),
        },
        { name: "type", label: t("typeLabel"), allLabel: t("allTypes"), choices: options.types.map((type) => [type, types(type)] as const) },
        {
          name: "lead",
          label: t("leadLabel"),
          allLabel: t("allLeads"),
          choices: options.leads.map((unit) => [unit.id, pickLocalized(locale, unit.name, unit.nameEn)] as const),
        },
      ]}
    />
  );
}
