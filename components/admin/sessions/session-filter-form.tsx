import Link from "next/link";
import { SessionStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { SelectField, TextField } from "../form-controls";
import { buttonClass } from "../styles";

type Props = {
  locale: Locale;
  action: string;
  editions: { year: number; name: string }[];
  values: { edition: number; q?: string; status?: SessionStatus };
};

/** A GET form: edition, words and status live in the URL, so a filtered list can be bookmarked. */
export function SessionFilterForm({ locale, action, editions, values }: Props) {
  const t = getTranslator(locale, "adminSessions");
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filters")}
      className="mb-6 grid gap-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100 sm:grid-cols-2 lg:grid-cols-4"
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
      <div className="flex flex-wrap items-end gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href={`${action}?edition=${values.edition}`} className={buttonClass("secondary")}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
