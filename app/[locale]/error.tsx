"use client";

import { useParams } from "next/navigation";
import { Container } from "@/components/ui/container";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const params = useParams<{ locale?: string }>();
  const t = getTranslator(isLocale(params.locale) ? params.locale : "vi", "error");
  return (
    <Container className="py-24 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("text")}</p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 min-h-11 rounded-md bg-brand-800 px-5 py-2.5 font-semibold text-white hover:bg-brand-900"
      >
        {t("retry")}
      </button>
    </Container>
  );
}
