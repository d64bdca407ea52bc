import { getTranslator } from "@/lib/i18n/translator";

/**
 * The app's outermost 403/401 boundaries (app/forbidden.tsx, app/unauthorized.tsx), above the language
 * segment, so both languages. Without these files Next inlines its own English pages, styles included,
 * into the RSC payload of every page. The portal's forbidden() is answered nearer, under /admin
 * (app/[locale]/admin/forbidden.tsx), and unauthorized() is not called (sign-in redirects instead).
 */
export function AccessFallback({ status }: { status: "forbidden" | "unauthorized" }) {
  const vi = getTranslator("vi", "accessFallback");
  const en = getTranslator("en", "accessFallback");
  return (
    <p>
      {status === "forbidden" ? 403 : 401} · {vi(status)} · <span lang="en">{en(status)}</span>
    </p>
  );
}
