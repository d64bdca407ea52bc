import Link from "next/link";
import { localizedPath } from "@/lib/i18n/config";
import { routeLocale } from "@/lib/i18n/route-locale";
import { getTranslator } from "@/lib/i18n/translator";

// Rendered with status 403 when requirePermission() refuses a signed-in user (forbidden()).
export default async function Forbidden() {
  const locale = await routeLocale();
  const t = getTranslator(locale, "adminForbidden");
  return (
    <div className="mx-auto max-w-2xl py-12 text-center">
      <p className="text-6xl font-bold text-brand-100" aria-hidden="true">
        403
      </p>
      <h1 className="mt-4 text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("text")}</p>
      <Link
        href={localizedPath(locale, "/admin")}
        className="mt-8 inline-block font-semibold text-brand-700 underline underline-offset-4"
      >
        {t("back")}
      </Link>
    </div>
  );
}
