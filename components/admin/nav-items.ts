import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Capability } from "@/lib/auth/roles";
import type { Messages } from "@/lib/i18n/translator";

export type AdminGroup = "programme" | "people" | "exhibitionPress" | "settings";
type AdminSection = { href: string; labelKey: keyof Messages["adminShell"]; capability: Capability | null; group: AdminGroup | null };

/** The menu's groups, in order: 18 sections in one row of four groups at 1366 px. */
const ADMIN_GROUPS: readonly AdminGroup[] = ["programme", "people", "exhibitionPress", "settings"];

/**
 * The admin sections. Add a screen here with the capability its page asks for, and its menu group;
 * the menu and the dashboard show it only to roles that have it. (Hiding is a courtesy: the page checks again.)
 */
const adminSections: AdminSection[] = [
  { href: "/admin", labelKey: "dashboard", capability: null, group: null },
  { href: "/admin/registrations", labelKey: "registrations", capability: "registrations:read", group: "people" },
  { href: "/admin/statistics", labelKey: "statistics", capability: "registrations:read", group: "people" },
  { href: "/admin/check-in", labelKey: "checkIn", capability: "checkin:scan", group: "people" },
  { href: "/admin/invitations", labelKey: "invitations", capability: "invitations:track", group: "people" },
  { href: "/admin/feedback", labelKey: "feedback", capability: "reports:edit", group: "people" },
  { href: "/admin/report", labelKey: "report", capability: "reports:edit", group: "people" },
  { href: "/admin/editions", labelKey: "editions", capability: "editions:edit", group: "programme" },
  { href: "/admin/sessions", labelKey: "sessions", capability: "agenda:edit", group: "programme" },
  { href: "/admin/units", labelKey: "units", capability: "units:edit", group: "programme" },
  { href: "/admin/venues", labelKey: "venues", capability: "venues:edit", group: "programme" },
  { href: "/admin/speakers", labelKey: "speakers", capability: "speakers:edit", group: "programme" },
  { href: "/admin/booths", labelKey: "booths", capability: "booths:edit", group: "exhibitionPress" },
  { href: "/admin/booths/applications", labelKey: "applications", capability: "booths:edit", group: "exhibitionPress" },
  { href: "/admin/media", labelKey: "media", capability: "media:edit", group: "exhibitionPress" },
  { href: "/admin/press", labelKey: "press", capability: "press:review", group: "exhibitionPress" },
  { href: "/admin/news", labelKey: "news", capability: "news:edit", group: "exhibitionPress" },
  { href: "/admin/users", labelKey: "users", capability: "users:manage", group: "settings" },
  { href: "/admin/mail", labelKey: "mail", capability: "mail:manage", group: "settings" },
  { href: "/admin/audit", labelKey: "audit", capability: "audit:read", group: "settings" },
  { href: "/admin/privacy", labelKey: "privacyRecord", capability: "privacy:manage", group: "settings" },
  { href: "/admin/privacy/retention", labelKey: "retention", capability: "privacy:manage", group: "settings" },
];

export function sectionsFor(role: Role): AdminSection[] {
  return adminSections.filter((section) => section.capability === null || can(role, section.capability));
}

type MenuEntry<Item> = { kind: "link"; item: Item } | { kind: "group"; key: AdminGroup; items: Item[] };

/** The role's menu: the ungrouped sections first, then each group that holds at least one section. */
export function menuFor<Item>(role: Role, toItem: (section: AdminSection) => Item): MenuEntry<Item>[] {
  const sections = sectionsFor(role);
  const links: MenuEntry<Item>[] = sections.filter((section) => section.group === null).map((section) => ({ kind: "link", item: toItem(section) }));
  const groups: MenuEntry<Item>[] = ADMIN_GROUPS.map((group) => ({ kind: "group" as const, key: group, items: sections.filter((section) => section.group === group).map(toItem) })).filter(
    (entry) => entry.items.length > 0,
  );
  return [...links, ...groups];
}
