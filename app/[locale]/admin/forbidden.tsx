"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

// Rendered with status 403 when requirePermission() refuses a signed-in user (forbidden()).
// Special files get no params; the locale comes from the route.
export default function Forbidden() {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params.locale) ? params.locale : "vi";
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
