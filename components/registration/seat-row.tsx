import { SiteLink } from "@/components/ui/site-link";
import { hasTakenPlace } from "@/lib/agenda/rules";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { dropMySession } from "@/lib/registration/manage-actions";
import type { ManagedRegistration } from "@/lib/registration/delegate-store";
import { currentTime } from "@/lib/time/clock";
import { ManageForm } from "./manage-form";
import { SubmitButton } from "./submit-button";
import { SeatSummary } from "./ticket";

type Seat = ManagedRegistration["seats"][number];

const outlineLink =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-white px-5 py-2.5 text-base font-semibold text-brand-800 shadow-sm ring-1 ring-brand-700/30 ring-inset hover:bg-brand-50";

/**
 * One held seat on the manage page. Dropping gives the seat away at once, so it takes two steps like
 * cancelling: the link (a GET that changes nothing) shows the question under the seat, only the
 * button there posts. A session that has taken place can no longer be dropped.
 */
export function SeatRow({ locale, token, seat, confirming }: { locale: Locale; token: string; seat: Seat; confirming: boolean }) {
  const t = getTranslator(locale, "manage");
  const title = pickLocalized(locale, seat.session.title, seat.session.titleEn);
  const anchor = `seat-${seat.session.slug}`;
  const manageHref = localizedPath(locale, `/my-registration/${token}`);
  return (
    <li id={anchor} className="rounded-lg border border-brand-100 bg-white p-4 shadow-sm">
      <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <span className="min-w-0">
          <SeatSummary locale={locale} seat={seat} />
        </span>
        {hasTakenPlace(seat.session, currentTime()) ? (
          <span className="shrink-0 self-start rounded-full bg-brand-100 px-3 py-1 text-sm font-semibold text-brand-900">
            {t("tookPlace")}
          </span>
        ) : (
          !confirming && (
            <SiteLink
              href={`${manageHref}?confirm=drop&session=${encodeURIComponent(seat.session.slug)}#${anchor}`}
              aria-label={t("dropLabel", { session: title })}
              className={`shrink-0 ${outlineLink}`}
            >
              {t("drop")}
            </SiteLink>
          )
        )}
      </div>
      {confirming && (
        <div role="alertdialog" aria-labelledby={`${anchor}-question`} className="mt-4 rounded-lg border-2 border-accent-600 bg-accent-100 p-4">
          <p id={`${anchor}-question`} className="font-semibold">
            {t("dropQuestion", { session: title })}
          </p>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <ManageForm action={dropMySession} token={token} locale={locale}>
              <input type="hidden" name="session" value={seat.session.slug} />
              <SubmitButton label={t("dropConfirm")} pendingLabel={t("dropConfirm")} variant="danger" />
            </ManageForm>
            <SiteLink href={manageHref} className="font-semibold text-brand-700 underline underline-offset-4">
              {t("dropKeep")}
            </SiteLink>
          </div>
        </div>
      )}
    </li>
  );
}
