import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { buttonClass } from "../styles";

/** The press desk's list of journalists as a spreadsheet. */
export function PressExportLinks({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "pressExport");
  const formats = getTranslator(locale, "adminExport");
  const href = (format: string) => `${localizedPath(locale, "/admin/press/export")}?format=${format}`;
  return (
    <section aria-labelledby="press-export-title" className="mb-6 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100">
      <h2 id="press-export-title" className="text-lg font-bold text-brand-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("hint")}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <a href={href("csv")} className={buttonClass("secondary")} download>
          {formats("csv")}
        </a>
        <a href={href("xlsx")} className={buttonClass("secondary")} download>
          {formats("xlsx")}
        </a>
      </div>
    </section>
  );
}
