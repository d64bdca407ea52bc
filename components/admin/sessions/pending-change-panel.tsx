import { discardSessionChangeAction, publishSessionChangeAction } from "@/lib/agenda/actions";
import type { SessionFormOptions } from "@/lib/agenda/session-store";
import { changedFields, type ComparedField, type PendingChange } from "@/lib/agenda/pending-change";
import type { SessionWarning } from "@/lib/agenda/rules";
import type { SessionInput } from "@/lib/agenda/schema";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";
import { ActionButtonForm } from "../action-button-form";
import { SessionWarnings } from "./session-warnings";

type Published = Pick<SessionInput, ComparedField>;
type Props = {
  locale: Locale;
  sessionId: string;
  published: Published;
  pending: PendingChange & { warnings: SessionWarning[] };
  options: SessionFormOptions;
};

const LABELS: Record<ComparedField, string> = {
  type: "type",
  title: "title",
  titleEn: "titleEn",
  content: "content",
  contentEn: "contentEn",
  participants: "participants",
  participantsEn: "participantsEn",
  startsAt: "startDate",
  endsAt: "endDate",
  timesProvisional: "timesProvisional",
  venueId: "venue",
  leadUnitId: "leadUnit",
  coordinatingUnitIds: "coordinatingUnits",
  speakers: "sectionSpeakers",
  capacity: "capacity",
  invitedCapacity: "invitedCapacity",
  registrationOpen: "registrationOpen",
};

const LONG_TEXT = 160;

/** A published session's saved edit: its warnings, what it changes, and the one step that publishes it. */
export function PendingChangePanel({ locale, sessionId, published, pending, options }: Props) {
  const t = getTranslator(locale, "adminSessions");
  const form = getTranslator(locale, "adminSessionForm");
  const types = getTranslator(locale, "sessionType");
  const changed = changedFields(published, pending.input);
  const show = (field: ComparedField, value: unknown): string => {
    if (value === null || value === undefined || value === "") return "—";
    if (value instanceof Date) return formatDateTime(value);
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (field === "type") return types(value as SessionInput["type"]);
    if (field === "venueId") return options.venues.find((venue) => venue.id === value)?.name ?? "—";
    if (field === "leadUnitId") return options.units.find((unit) => unit.id === value)?.name ?? "—";
    if (Array.isArray(value)) return t("pendingListChanged");
    const text = String(value);
    return text.length > LONG_TEXT ? `${text.slice(0, LONG_TEXT)}…` : text;
  };
  return (
    <section aria-labelledby="pending-title" className="mb-8 rounded-lg bg-white p-5 shadow-sm ring-2 ring-accent-600 sm:p-6">
      <h2 id="pending-title" className="text-lg font-bold text-brand-900">
        {t("pendingTitle")}
      </h2>
      <p className="mt-1 text-muted">{t("pendingIntro", { date: formatDateTime(new Date(pending.savedAt)) })}</p>
      <div className="mt-4">
        {pending.warnings.length > 0 ? (
          <SessionWarnings locale={locale} warnings={pending.warnings} title={t("pendingWarningsTitle")} headingId="pending-warnings" />
        ) : (
          <p className="mb-4 font-semibold text-ink">{t("pendingNoWarnings")}</p>
        )}
      </div>
      <h3 className="font-bold text-brand-900">{t("pendingChangesTitle")}</h3>
      {changed.length === 0 ? (
        <p className="mt-2 text-muted">{t("pendingNoDifference")}</p>
      ) : (
        <dl className="mt-2 divide-y divide-brand-100">
          {changed.map((field) => (
            <div key={field} className="grid gap-1 py-2 sm:grid-cols-[12rem_1fr]">
              <dt className="font-semibold text-ink">{form(LABELS[field] as Parameters<typeof form>[0])}</dt>
              <dd className="break-words">
                <del className="text-muted">{show(field, published[field])}</del> → <ins className="font-semibold no-underline">{show(field, pending.input[field])}</ins>
              </dd>
            </div>
          ))}
        </dl>
      )}
      <div className="mt-4 flex flex-wrap items-start gap-4">
        <ActionButtonForm
          action={publishSessionChangeAction}
          locale={locale}
          fields={{ sessionId, savedAt: pending.savedAt }}
          label={t("publishChange")}
          pendingLabel={form("saving")}
          variant="primary"
        />
        <ActionButtonForm
          action={discardSessionChangeAction}
          locale={locale}
          fields={{ sessionId }}
          label={t("discardChange")}
          pendingLabel={form("saving")}
          confirm={{ summary: t("discardChange"), prompt: t("discardChangePrompt") }}
        />
      </div>
    </section>
  );
}
