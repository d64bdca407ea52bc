"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { localizedPath, type Locale } from "@/lib/i18n/config";

export type NavItem = { href: string; label: string };
type NavEntry = { kind: "link"; item: NavItem } | { kind: "group"; key: string; label: string; items: NavItem[] };

function isActive(pathname: string, href: string) {
  return href === "/admin" ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

const ENTRY = "flex min-h-11 items-center gap-1 rounded-md px-3 py-2.5 text-[15px] font-semibold whitespace-nowrap";
const IDLE = "text-ink hover:bg-brand-50 hover:text-brand-700";
const CURRENT = "bg-brand-50 text-brand-900 underline decoration-2 underline-offset-8";

function MenuLink({ locale, item, current, className = "" }: { locale: Locale; item: NavItem; current: string; className?: string }) {
  const active = isActive(current, item.href);
  return (
    <Link href={localizedPath(locale, item.href)} aria-current={active ? "page" : undefined} className={`${ENTRY} ${active ? CURRENT : IDLE} ${className}`}>
      {item.label}
    </Link>
  );
}

/**
 * The admin menu in one row of groups (programme, people, exhibition and press, settings), each a
 * disclosure that opens its links; the group holding the current page is marked. A group with a
 * single link for the role is that link. Keyed by the path, so an open group closes on navigation.
 */
export function AdminNav({ locale, label, entries }: { locale: Locale; label: string; entries: NavEntry[] }) {
  const pathname = usePathname();
  const current = locale === "vi" ? pathname : pathname.replace(/^\/en(?=\/|$)/, "") || "/";
  return (
    <nav aria-label={label} className="border-b border-brand-100 bg-white">
      <ul className="mx-auto flex w-full max-w-6xl flex-wrap gap-1 px-4 py-2 sm:px-6 lg:px-8">
        {entries.map((entry) => {
          if (entry.kind === "link" || entry.items.length === 1) {
            const item = entry.kind === "link" ? entry.item : entry.items[0]!;
            return (
              <li key={item.href}>
                <MenuLink locale={locale} item={item} current={current} />
              </li>
            );
          }
          const active = entry.items.some((item) => isActive(current, item.href));
          return (
            <li key={entry.key} className="relative">
              <details key={current} className="group">
                <summary className={`${ENTRY} cursor-pointer list-none ${active ? CURRENT : IDLE}`}>
                  {entry.label}
                  <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
                    ▾
                  </span>
                </summary>
                <ul className="absolute left-0 z-20 mt-1 min-w-56 rounded-md bg-white p-1 shadow-lg ring-1 ring-brand-100">
                  {entry.items.map((item) => (
                    <li key={item.href}>
                      <MenuLink locale={locale} item={item} current={current} className="w-full" />
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
