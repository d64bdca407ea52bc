import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { AdminPanel } from "@/components/admin/panel";
import { ReportForm } from "@/components/admin/report/report-form";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { getReportEditor } from "@/lib/report/queries";

export const generateMetadata = adminPageMetadata("adminReport");

export default async function ReportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "adminReport");
  const editor = await getReportEditor(locale);
  if (!editor) return <AdminPageHeader title={t("title")} intro={t("noEdition")} />;
  const download = (format: string) => `${localizedPath(locale, "/admin/report/download")}?format=${format}`;
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro", { edition: editor.edition.name })} />
      <div className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <div className="order-2 lg:order-1">
          <ReportForm locale={locale} initial={editor.narrative} />
        </div>
        <div className="order-1 lg:order-2">
          <AdminPanel title={t("downloadsTitle")}>
            <ul className="space-y-3">
              <li>
                <a href={download("docx")} className="font-semibold text-brand-700 underline" download>
                  {t("downloadDocx")}
                </a>
              </li>
              <li>
                <a href={download("pdf")} className="font-semibold text-brand-700 underline" download>
                  {t("downloadPdf")}
                </a>
              </li>
            </ul>
            <p className="mt-4 text-sm text-muted">{t("downloadHint")}</p>
          </AdminPanel>
        </div>
      </div>
    </>
  );
}
