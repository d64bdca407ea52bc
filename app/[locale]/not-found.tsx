import Link from "next/link";
import { Container } from "@/components/ui/container";
import { localizedPath } from "@/lib/i18n/config";
import { routeLocale } from "@/lib/i18n/route-locale";
import { getTranslator } from "@/lib/i18n/translator";

export default async function NotFound() {
  const locale = await routeLocale();
  const t = getTranslator(locale, "notFound");
  return (
    <Container className="py-24 text-center">
      <p className="text-6xl font-bold text-brand-100" aria-hidden="true">
        404
      </p>
      <h1 className="mt-4 text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("text")}</p>
      <Link
        href={localizedPath(locale, "/")}
        className="mt-8 inline-block font-semibold text-brand-700 underline underline-offset-4"
      >
        {t("back")}
      </Link>
    </Container>
  );
}
