"use client";

import Link from "next/link";
import { useParams } from "next/navigation";
import { Container } from "@/components/ui/container";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

// not-found receives no params prop; the locale comes from the route on the client.
export default function NotFound() {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params.locale) ? params.locale : "vi";
  const t = getTranslator(locale, "notFound");
  return (
    <Container className="py-24 text-center">
      <p className="text-6xl font-bold text-brand-100" aria-hidden="true">404</p>
      <h1 className="mt-4 text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("text")}</p>
      <Link href={localizedPath(locale, "/")} className="mt-8 inline-block font-semibold text-brand-700 underline underline-offset-4">
        {t("back")}
      </Link>
    </Container>
  );
}
