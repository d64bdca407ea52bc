import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import type { RegistrationDetail } from "@/lib/registration/admin-store";
import { formatDateTime } from "@/lib/time/format";
import { AdminCell, AdminTable } from "../admin-table";

/** The consent record as given on the form: purpose, notice version, when given and withdrawn. */
export function ConsentTable({ locale, consents }: { locale: Locale; consents: RegistrationDetail["consents"] }) {
  const t = getTranslator(locale, "adminRegistrations");
  return (
    <AdminTable label={getMessages(locale).adminTables.consents} columns={[t("purpose"), t("noticeVersion"), t("givenAt"), t("withdrawnAt")]} empty="—" isEmpty={consents.length === 0} minWidth="30rem">
      {consents.map((consent) => (
        <tr key={`${consent.purpose}-${consent.givenAt.toISOString()}`}>
          <AdminCell header>{t(`purpose${consent.purpose}`)}</AdminCell>
          <AdminCell>{consent.noticeVersion}</AdminCell>
          <AdminCell className="whitespace-nowrap">{formatDateTime(consent.givenAt)}</AdminCell>
          <AdminCell className="whitespace-nowrap">{consent.withdrawnAt ? formatDateTime(consent.withdrawnAt) : "—"}</AdminCell>
        </tr>
      ))}
    </AdminTable>
  );
}
