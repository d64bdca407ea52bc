import type { AuditFilters } from "@/lib/audit/schema";
import { SYSTEM_ACTOR } from "@/lib/audit/schema";
import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { DateField, SelectField, TextField } from "../form-controls";
import { AdminFilterForm } from "../filter-form";

type Props = {
  locale: Locale;
  action: string;
  filters: AuditFilters;
  options: { users: { id: string; name: string; email: string }[]; entityTypes: string[] };
};

export function AuditFilterForm({ locale, action, filters, options }: Props) {
  const t = getTranslator(locale, "adminAudit");
  const entityLabels: Record<string, string> = getMessages(locale).adminEntities;
  return (
    <AdminFilterForm action={action} label={t("filters")} applyLabel={t("apply")} resetLabel={t("reset")} className="sm:grid-cols-2 lg:grid-cols-5">
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
    </AdminFilterForm>
  );
}
