"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { localizedPath, type Locale } from "@/lib/i18n/config";

function isActive(pathname: string, href: string) {
  return href === "/admin" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** The admin menu: a row of links that wraps on small screens; the current section is marked. */
export function AdminNav({ locale, label, items }: { locale: Locale; label: string; items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const current = locale === "vi" ? pathname : pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  return (
    <nav aria-label={label} className="border-b border-brand-100 bg-white">
      <ul className="mx-auto flex w-full max-w-6xl flex-wrap gap-1 px-4 py-2 sm:px-6 lg:px-8">
        {items.map((item) => {
          const active = isActive(current, item.href);
          return (
            <li key={item.href}>
              <Link
                href={localizedPath(locale, item.href)}
                aria-current={active ? "page" : undefined}
                className={`block min-h-11 rounded-md px-3 py-2.5 text-[15px] font-semibold ${active ? "bg-brand-50 text-brand-900 underline decoration-2 underline-offset-8" : "text-ink hover:bg-brand-50 hover:text-brand-700"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
