import { SessionStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { SelectField, TextField } from "../form-controls";
import { AdminFilterForm } from "../filter-form";

type Props = {
  locale: Locale;
  action: string;
  editions: { year: number; name: string }[];
  values: { edition: number; q?: string; status?: SessionStatus };
};

export function SessionFilterForm({ locale, action, editions, values }: Props) {
  const t = getTranslator(locale, "adminSessions");
  return (
    <AdminFilterForm
      action={action}
      label={t("filters")}
      applyLabel={t("apply")}
      resetLabel={t("reset")}
      resetHref={`${action}?edition=${values.edition}`}
      className="mb-6 sm:grid-cols-2 lg:grid-cols-4"
    >
      <SelectField
        name="edition"
        label={t("edition")}
        defaultValue={String(values.edition)}
        options={editions.map((edition) => ({ value: String(edition.year), label: t("editionOption", { year: edition.year, name: edition.name }) }))}
      />
      <TextField name="q" type="search" label={t("search")} hint={t("searchHint")} defaultValue={values.q ?? ""} />
      <SelectField
        name="status"
        label={t("status")}
        defaultValue={values.status ?? ""}
        options={[
          { value: "", label: t("anyStatus") },
          ...Object.values(SessionStatus).map((status) => ({ value: status, label: t(`status${status}`) })),
        ]}
      />
    </AdminFilterForm>
  );
}
