import Link from "next/link";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import type { RegistrationRow } from "@/lib/registration/admin-search-queries";
import { formatDateTime, formatTime } from "@/lib/time/format";
import { AdminCell, AdminTable } from "../admin-table";
import { formatPhoneNumber } from "@/lib/i18n/phone";
import { StatusBadge } from "../status-badge";

/** One page of registrations: who, from where, how to reach them, which sessions and whether they came. */
export function RegistrationTable({ locale, rows }: { locale: Locale; rows: RegistrationRow[] }) {
  const t = getTranslator(locale, "adminRegistrations");
  const groups = getTranslator(locale, "delegateGroup");
  return (
    <AdminTable label={getMessages(locale).adminTables.registrations}
      columns={[t("name"), t("code"), t("organization"), t("contact"), t("sessions"), t("registeredAt")]}
      empty={t("empty")}
      isEmpty={rows.length === 0}
      minWidth="64rem"
    >
      {rows.map((row) => {
        const checkInOf = new Map(row.checkIns.map((checkIn) => [checkIn.sessionId, checkIn.checkedInAt]));
        return (
          <tr key={row.id}>
            <AdminCell header>
              <Link href={localizedPath(locale, `/admin/registrations/${row.id}`)} className="text-brand-700 underline underline-offset-4">
                {row.fullName}
              </Link>
              {row.status === "CANCELLED" && (
                <StatusBadge tone="danger" className="mt-1 block w-fit">
                  {t("statusCANCELLED")}
                </StatusBadge>
              )}
            </AdminCell>
            <AdminCell className="font-mono whitespace-nowrap">{row.code}</AdminCell>
            <AdminCell>
              {row.organization}
              <span className="block text-xs text-muted">
                {row.position} · {groups(row.group)}
              </span>
            </AdminCell>
            <AdminCell className="break-all">
              {row.email}
              <span className="block whitespace-nowrap text-muted">{formatPhoneNumber(row.phone)}</span>
            </AdminCell>
            <AdminCell>
              <ul className="space-y-1">
                {row.seats.map((seat) => {
                  const checkedInAt = checkInOf.get(seat.session.id);
                  return (
                    <li key={seat.session.id}>
                      {seat.session.title}
                      {seat.status === "WAITLISTED" && <span className="text-accent-700"> ({t("waitlistedShort")})</span>}
                      {checkedInAt && <span className="text-emerald-800"> ✓ {t("checkedInAt", { time: formatTime(checkedInAt) })}</span>}
                    </li>
                  );
                })}
              </ul>
            </AdminCell>
            <AdminCell className="whitespace-nowrap">{formatDateTime(row.createdAt)}</AdminCell>
          </tr>
        );
      })}
    </AdminTable>
  );
}
