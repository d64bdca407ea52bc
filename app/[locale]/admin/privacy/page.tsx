import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { RecordView } from "@/components/admin/privacy/record-view";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { recordTables } from "@/lib/privacy/record-document";
import { getProcessingRecord } from "@/lib/privacy/record-queries";
import { formatDayInput } from "@/lib/time/form-input";

export const generateMetadata = adminPageMetadata("privacyRecord");

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export default async function PrivacyRecordPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = await searchParams;
  // The permission is checked in getProcessingRecord before anything is read.
  const { valid, from, to, record, current } = await getProcessingRecord(locale, { from: single(query.from), to: single(query.to) });
  const t = getTranslator(locale, "privacyRecord");
  const action = localizedPath(locale, "/admin/privacy");
  const pdfHref = `${localizedPath(locale, "/admin/privacy/record")}?${new URLSearchParams({ from, to })}`;
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      {!valid && (
        <p role="alert" className="mb-4 rounded-md bg-gold-300/40 px-4 py-3 font-semibold text-ink">
          {t("periodInvalid")}
        </p>
      )}
      <p className="mb-4 text-sm text-muted">{t("periodLine", { from: formatDayInput(from), to: formatDayInput(to) })}</p>
      <RecordView locale={locale} action={action} pdfHref={pdfHref} from={from} to={to} tables={recordTables(locale, record, current)} />
    </>
  );
}
