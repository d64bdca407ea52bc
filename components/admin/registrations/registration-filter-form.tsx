import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import {
  MAIL_FILTERS,
  REGISTRATION_PAGE_SIZE,
  REGISTRATION_PAGE_SIZES,
  REGISTRATION_SORTS,
  SEAT_FILTERS,
  STATUS_FILTERS,
  type RegistrationFilters,
} from "@/lib/registration/admin-filters";
import type { SessionOption } from "@/lib/registration/admin-queries";
import { DELEGATE_GROUPS } from "@/lib/registration/schema";
import { formatDate } from "@/lib/time/format";
import { DateField, SelectField, TextField } from "../form-controls";
import { AdminFilterForm } from "../filter-form";

type Props = { locale: Locale; action: string; filters: RegistrationFilters; sessions: SessionOption[] };

export function RegistrationFilterForm({ locale, action, filters, sessions }: Props) {
  const t = getTranslator(locale, "adminRegistrations");
  const groups = getTranslator(locale, "delegateGroup");
  return (
    <AdminFilterForm action={action} label={t("filters")} applyLabel={t("apply")} resetLabel={t("reset")} className="sm:grid-cols-2 lg:grid-cols-4">
      <div className="sm:col-span-2">
        <TextField name="q" type="search" label={t("search")} hint={t("searchHint")} defaultValue={filters.q ?? ""} />
      </div>
      <div className="sm:col-span-2">
        <SelectField
          name="session"
          label={t("session")}
          defaultValue={filters.session ?? ""}
          options={[
            { value: "", label: t("anySession") },
            ...sessions.map((session) => ({ value: session.id, label: `${formatDate(session.startsAt)} · ${session.title}` })),
          ]}
        />
      </div>
      <SelectField
        name="group"
        label={t("group")}
        defaultValue={filters.group ?? ""}
        options={[{ value: "", label: t("anyGroup") }, ...DELEGATE_GROUPS.map((group) => ({ value: group, label: groups(group) }))]}
      />
      <SelectField
        name="seat"
        label={t("seat")}
        defaultValue={filters.seat ?? ""}
        options={[{ value: "", label: t("anySeat") }, ...SEAT_FILTERS.map((seat) => ({ value: seat, label: t(`seat${seat}`) }))]}
      />
      <SelectField
        name="checkedIn"
        label={t("checkedIn")}
        defaultValue={filters.checkedIn ?? ""}
        options={[
          { value: "", label: t("anyCheckIn") },
          { value: "yes", label: t("checkedInYes") },
          { value: "no", label: t("checkedInNo") },
        ]}
      />
      <SelectField
        name="status"
        label={t("status")}
        defaultValue={filters.status ?? ""}
        options={[{ value: "", label: t("anyStatus") }, ...STATUS_FILTERS.map((status) => ({ value: status, label: t(`status${status}`) }))]}
      />
      <SelectField
        name="mail"
        label={t("mailFilter")}
        defaultValue={filters.mail ?? ""}
        options={[{ value: "", label: t("anyMail") }, ...MAIL_FILTERS.map((mail) => ({ value: mail, label: t(`mail_${mail}`) }))]}
      />
      <DateField name="from" label={t("from")} defaultValue={filters.from ?? ""} />
      <DateField name="to" label={t("to")} defaultValue={filters.to ?? ""} />
      <SelectField
        name="sort"
        label={t("sort")}
        defaultValue={filters.sort ?? "newest"}
        options={REGISTRATION_SORTS.map((sort) => ({ value: sort, label: t(`sort${sort}`) }))}
      />
      <SelectField
        name="size"
        label={t("pageSize")}
        defaultValue={String(filters.size ?? REGISTRATION_PAGE_SIZE)}
        options={REGISTRATION_PAGE_SIZES.map((size) => ({ value: String(size), label: t("pageSizeOption", { size }) }))}
      />
    </AdminFilterForm>
  );
}
