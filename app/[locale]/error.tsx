"use client";

import { Container } from "@/components/ui/container";
import { useTranslator } from "@/lib/i18n/client";

// Its texts come from the locale layout's <MessagesProvider>: an error page must not make every
// page download the whole message catalogue.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslator("error");
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
