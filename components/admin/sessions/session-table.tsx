import Link from "next/link";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";
import { AdminCell, AdminTable } from "../admin-table";
import { StatusBadge, type BadgeTone } from "../status-badge";

type Row = {
  id: string;
  title: string;
  status: SessionStatus;
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  seatsTaken: number;
  venue: { name: string } | null;
  leadUnit: { name: string; shortName: string | null };
};

const STATUS_TONE: Record<SessionStatus, BadgeTone> = { DRAFT: "neutral", PUBLISHED: "success", CANCELLED: "danger" };

export function SessionTable({ locale, sessions }: { locale: Locale; sessions: Row[] }) {
  const t = getTranslator(locale, "adminSessions");
  return (
    <AdminTable label={getMessages(locale).adminTables.sessions}
      columns={[t("colTitle"), t("colTime"), t("colVenue"), t("colLead"), t("colSeats"), t("colStatus")]}
      empty={t("empty")}
      isEmpty={sessions.length === 0}
      minWidth="56rem"
    >
      {sessions.map((session) => (
        <tr key={session.id}>
          <AdminCell header>
            <Link href={localizedPath(locale, `/admin/sessions/${session.id}`)} className="text-brand-700 underline underline-offset-4">
              {session.title}
            </Link>
          </AdminCell>
          <AdminCell className="whitespace-nowrap">
            {formatDateTime(session.startsAt)}
            <span className="block text-muted">{formatDateTime(session.endsAt)}</span>
          </AdminCell>
          <AdminCell>{session.venue?.name ?? <span className="text-muted">{t("noVenue")}</span>}</AdminCell>
          <AdminCell>{session.leadUnit.shortName ?? session.leadUnit.name}</AdminCell>
          <AdminCell className="whitespace-nowrap">
            {session.capacity === null ? <span className="text-muted">{t("noCapacity")}</span> : `${session.seatsTaken}/${session.capacity}`}
          </AdminCell>
          <AdminCell>
            <StatusBadge tone={STATUS_TONE[session.status]}>{t(`status${session.status}`)}</StatusBadge>
          </AdminCell>
        </tr>
      ))}
    </AdminTable>
  );
}
