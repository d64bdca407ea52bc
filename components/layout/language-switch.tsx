"use client";

import { SiteLink } from "@/components/ui/site-link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { switchLocalePath, type Locale } from "@/lib/i18n/config";

type Props = { target: Locale; label: string; ariaLabel: string };

/**
 * Links to the same page in the other language, filters and search included (`/agenda?day=…`).
 * Statically rendered pages know the query only in the browser: until then the link has none.
 */
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} query="" />}>
      <SwitchLinkWithQuery {...props} />
    </Suspense>
  );
}

function SwitchLinkWithQuery(props: Props) {
  const query = useSearchParams().toString();
  return <SwitchLink {...props} query={query} />;
}

/** hrefLang and lang tell assistive tech which language the link leads to. */
function SwitchLink({ target, label, ariaLabel, query }: Props & { query: string }) {
  const pathname = usePathname();
  const path = switchLocalePath(pathname, target);
  return (
    <SiteLink
      href={query ? `${path}?${query}` : path}
      hrefLang={target}
      lang={target}
      aria-label={ariaLabel}
      className="inline-flex min-h-8 shrink-0 items-center gap-1.5 rounded px-2 py-1 font-semibold whitespace-nowrap text-white hover:bg-white/10"
    >
      <svg viewBox="0 0 20 20" className="h-4 w-4" aria-hidden="true">
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M2 10h16M10 2c2.5 2.5 2.5 13.5 0 16M10 2c-2.5 2.5-2.5 13.5 0 16"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      </svg>
      {label}
    </SiteLink>
  );
}
