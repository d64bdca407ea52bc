import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { MAIL_KINDS, MAIL_STATUSES } from "@/lib/mail/kinds";
import type { MailFilters } from "@/lib/mail/schema";
import { SelectField, TextField } from "../form-controls";
import { AdminFilterForm } from "../filter-form";

export function MailFilterForm({ locale, action, filters }: { locale: Locale; action: string; filters: MailFilters }) {
  const t = getTranslator(locale, "adminMail");
  const { adminMailKinds: kinds, adminMailStatuses: statuses } = getMessages(locale);
  return (
    <AdminFilterForm action={action} label={t("filters")} applyLabel={t("apply")} resetLabel={t("reset")} className="sm:grid-cols-3">
      <SelectField
        name="kind"
        label={t("kind")}
        defaultValue={filters.kind ?? ""}
        options={[{ value: "", label: t("anyKind") }, ...MAIL_KINDS.map((kind) => ({ value: kind, label: kinds[kind] }))]}
      />
      <SelectField
        name="status"
        label={t("status")}
        defaultValue={filters.status ?? ""}
        options={[{ value: "", label: t("anyStatus") }, ...MAIL_STATUSES.map((status) => ({ value: status, label: statuses[status] }))]}
      />
      <TextField name="recipient" type="search" label={t("recipient")} defaultValue={filters.recipient ?? ""} autoComplete="off" />
    </AdminFilterForm>
  );
}
