import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";
import type { SessionChoice } from "./batch-form";

/** Sessions as the batch form lists them: title, start and how many invited seats are taken. */
export function sessionChoices(
  locale: Locale,
  sessions: { id: string; title: string; startsAt: Date; invitedCapacity: number; invitedSeatsTaken: number }[],
): SessionChoice[] {
  const t = getTranslator(locale, "adminInvitations");
  return sessions.map((session) => ({
    id: session.id,
    title: session.title,
    when: formatDateTime(session.startsAt),
    quota: t("invitedQuota", { taken: session.invitedSeatsTaken, capacity: session.invitedCapacity }),
  }));
}
