"use client";

import { SiteLink } from "@/components/ui/site-link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { localizedPath, type Locale } from "@/lib/i18n/config";

type Props = {
  locale: Locale;
  items: { href: string; label: string }[];
  labels: { nav: string; openMenu: string };
};

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** Desktop links, plus a disclosure menu on small screens that works before JavaScript loads. */
export function MainNav({ locale, items, labels }: Props) {
  const pathname = usePathname();
  const menu = useRef<HTMLDetailsElement>(null);
  const current = locale === "vi" ? pathname : pathname.replace(/^\/en(?=\/|$)/, "") || "/";

  useEffect(() => {
    if (menu.current) menu.current.open = false;
  }, [pathname]);

  const links = (className: string) =>
    items.map((item) => {
      const active = isActive(current, item.href);
      return (
        <li key={item.href}>
          <SiteLink
            href={localizedPath(locale, item.href)}
            aria-current={active ? "page" : undefined}
            className={`${className} ${active ? "text-accent-600" : "text-ink hover:text-brand-700"}`}
          >
            {item.label}
          </SiteLink>
        </li>
      );
    });

  return (
    <nav aria-label={labels.nav}>
      <ul className="hidden items-center gap-1 md:flex">
        {links("nav-link")}
      </ul>
      <details ref={menu} className="group relative md:hidden">
        <summary className="flex min-h-11 min-w-11 cursor-pointer list-none items-center justify-center rounded-md text-brand-900 ring-1 ring-brand-700/20 [&::-webkit-details-marker]:hidden">
          <span className="sr-only">{labels.openMenu}</span>
          <svg viewBox="0 0 24 24" className="h-6 w-6" aria-hidden="true">
            <path d="M4 7h16M4 12h16M4 17h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </summary>
        <ul className="absolute right-0 z-30 mt-2 w-64 rounded-lg bg-white p-2 shadow-xl ring-1 ring-black/5">
          {links("nav-menu-link")}
        </ul>
      </details>
    </nav>
  );
}
