import type { Metadata } from "next";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator, type Messages } from "@/lib/i18n/translator";

type TitledNamespace = { [N in keyof Messages]: Messages[N] extends { title: string } ? N : never }[keyof Messages];

/** `generateMetadata` for an admin page whose title is `<namespace>.title`. */
export function adminPageMetadata(namespace: TitledNamespace) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { locale } = await params;
    const t = getTranslator(isLocale(locale) ? locale : "vi", namespace) as (key: "title") => string;
    return { title: t("title") };
  };
}
