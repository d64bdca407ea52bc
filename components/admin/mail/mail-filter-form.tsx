import Link from "next/link";
import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { MAIL_KINDS, MAIL_STATUSES } from "@/lib/mail/kinds";
import type { MailFilters } from "@/lib/mail/schema";
import { SelectField, TextField } from "../form-controls";
import { buttonClass } from "../styles";

/** A GET form: the filters live in the URL, so a filtered view can be bookmarked and shared. */
export function MailFilterForm({ locale, action, filters }: { locale: Locale; action: string; filters: MailFilters }) {
  const t = getTranslator(locale, "adminMail");
  const { adminMailKinds: kinds, adminMailStatuses: statuses } = getMessages(locale);
  return (
    <form
      method="get"
      action={action}
      role="search"
      aria-label={t("filters")}
      className="grid gap-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100 sm:grid-cols-3"
    >
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
      <div className="flex flex-wrap gap-3 sm:col-span-3">
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
