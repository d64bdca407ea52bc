import type { Messages } from "@/lib/i18n/translator";

export type NavItem = { href: string; labelKey: keyof Messages["nav"] };

export const navItems: NavItem[] = [
  { href: "/", labelKey: "home" },
  { href: "/agenda", labelKey: "agenda" },
  { href: "/exhibition", labelKey: "exhibition" },
  { href: "/register", labelKey: "register" },
  { href: "/tin-tuc", labelKey: "news" },
  { href: "/bao-chi", labelKey: "press" },
];
