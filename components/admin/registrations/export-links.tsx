import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { registrationQueryString, type RegistrationFilters } from "@/lib/registration/admin-filters";
import { BADGE_LIMIT } from "@/lib/registration/admin-exports-store";
import { buttonClass } from "../styles";

/** Downloads of the list as filtered now; the sign-in sheet once a session is chosen. */
export function ExportLinks({ locale, filters }: { locale: Locale; filters: RegistrationFilters }) {
  const t = getTranslator(locale, "adminExport");
  const query = registrationQueryString({ ...filters, page: undefined });
  const exportHref = (format: string) => `${localizedPath(locale, "/admin/registrations/export")}${query}${query ? "&" : "?"}format=${format}`;
  return (
    <section aria-labelledby="export-title" className="mt-6 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100">
      <h2 id="export-title" className="text-lg font-bold text-brand-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("exportHint")}</p>
      <p className="mt-1 text-sm text-muted">{t("badgesHint", { max: BADGE_LIMIT })}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <a href={exportHref("csv")} className={buttonClass("secondary")} download>
          {t("csv")}
        </a>
        <a href={exportHref("xlsx")} className={buttonClass("secondary")} download>
          {t("xlsx")}
        </a>
        <a href={`${localizedPath(locale, "/admin/registrations/badges")}${query}`} className={buttonClass("secondary")}>
          {t("badges")}
        </a>
        {filters.session ? (
          <a href={`${localizedPath(locale, "/admin/registrations/sign-in-sheet")}?session=${filters.session}`} className={buttonClass("secondary")}>
            {t("signInSheet")}
          </a>
        ) : (
          <p className="self-center text-sm text-muted">{t("signInSheetHint")}</p>
        )}
      </div>
    </section>
  );
}
