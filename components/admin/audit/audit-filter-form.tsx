import Link from "next/link";
import type { AuditFilters } from "@/lib/audit/schema";
import { SYSTEM_ACTOR } from "@/lib/audit/schema";
import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { DateField, SelectField, TextField } from "../form-controls";
import { buttonClass } from "../styles";

type Props = {
  locale: Locale;
  action: string;
  filters: AuditFilters;
  options: { users: { id: string; name: string; email: string }[]; entityTypes: string[] };
};

/** A GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export function AuditFilterForm({ locale, action, filters, options }: Props) {
  const t = getTranslator(locale, "adminAudit");
  const entityLabels: Record<string, string> = getMessages(locale).adminEntities;
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filters")}
      className="grid gap-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100 sm:grid-cols-2 lg:grid-cols-5"
    >
      <SelectField
        name="user"
        label={t("user")}
        defaultValue={filters.user ?? ""}
        options={[
          { value: "", label: t("anyUser") },
          { value: SYSTEM_ACTOR, label: t("systemUser") },
          ...options.users.map((user) => ({ value: user.id, label: `${user.name} (${user.email})` })),
        ]}
      />
      <SelectField
        name="entity"
        label={t("entityType")}
        defaultValue={filters.entity ?? ""}
        options={[
          { value: "", label: t("anyEntity") },
          ...options.entityTypes.map((type) => ({ value: type, label: entityLabels[type] ?? type })),
        ]}
      />
      <TextField name="entityId" label={t("entityId")} defaultValue={filters.entityId ?? ""} />
      <DateField name="from" label={t("from")} defaultValue={filters.from ?? ""} />
      <DateField name="to" label={t("to")} defaultValue={filters.to ?? ""} />
      <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-5">
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href={action} className={buttonClass("secondary")}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}
