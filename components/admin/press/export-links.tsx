import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { AdminPanel } from "../panel";
import { buttonClass } from "../styles";

/** The press desk's list of journalists as a spreadsheet. */
export function PressExportLinks({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "pressExport");
  const formats = getTranslator(locale, "adminExport");
  const href = (format: string) => `${localizedPath(locale, "/admin/press/export")}?format=${format}`;
  return (
    <AdminPanel title={t("title")} className="mb-6">
      <p className="text-sm text-muted">{t("hint")}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <a href={href("csv")} className={buttonClass("secondary")} download>
          {formats("csv")}
        </a>
        <a href={href("xlsx")} className={buttonClass("secondary")} download>
          {formats("xlsx")}
        </a>
      </div>
    </AdminPanel>
  );
}
