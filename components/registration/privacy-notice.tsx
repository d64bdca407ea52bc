import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { PRIVACY_NOTICE_VERSION, RETENTION_MONTHS } from "@/lib/registration/privacy";

const ITEMS = [
  ["controllerLabel", "controller"],
  ["dataLabel", "data"],
  ["purposeLabel", "purpose"],
  ["retentionLabel", "retention"],
  ["sharingLabel", "sharing"],
  ["rightsLabel", "rights"],
] as const;

/** The notice the consents refer to (Law 91/2025/QH15, Decree 356/2025/ND-CP); its version is stored with them. */
export function PrivacyNotice({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "privacyNotice");
  return (
    <section aria-labelledby="privacy-notice-title" className="rounded-xl border border-brand-100 bg-brand-50 p-5 sm:p-6">
      <h2 id="privacy-notice-title" className="text-lg font-bold text-brand-900">
        {t("title")}
      </h2>
      <p className="mt-2 text-sm">{t("intro")}</p>
      <dl className="mt-4 space-y-3 text-sm">
        {ITEMS.map(([label, text]) => (
          <div key={label}>
            <dt className="font-semibold text-brand-900">{t(label)}</dt>
            <dd className="mt-0.5">{t(text, { months: RETENTION_MONTHS })}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-xs text-muted">{t("version", { version: PRIVACY_NOTICE_VERSION })}</p>
    </section>
  );
}
