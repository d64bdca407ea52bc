import type { Role } from "@/lib/generated/prisma/enums";
import { can, type Capability } from "@/lib/auth/roles";
import type { Messages } from "@/lib/i18n/translator";

/**
 * The admin sections. Add a screen here with the capability its page asks for; the menu and the
 * dashboard show it only to roles that have it. (Hiding is a courtesy: the page checks again.)
 */
export type AdminSection = { href: string; labelKey: keyof Messages["adminShell"]; capability: Capability | null };

export const adminSections: AdminSection[] = [
  { href: "/admin", labelKey: "dashboard", capability: null },
  { href: "/admin/registrations", labelKey: "registrations", capability: "registrations:read" },
  { href: "/admin/statistics", labelKey: "statistics", capability: "registrations:read" },
  { href: "/admin/check-in", labelKey: "checkIn", capability: "checkin:scan" },
  { href: "/admin/invitations", labelKey: "invitations", capability: "invitations:track" },
  { href: "/admin/editions", labelKey: "editions", capability: "editions:edit" },
  { href: "/admin/sessions", labelKey: "sessions", capability: "agenda:edit" },
  { href: "/admin/units", labelKey: "units", capability: "units:edit" },
  { href: "/admin/venues", labelKey: "venues", capability: "venues:edit" },
  { href: "/admin/speakers", labelKey: "speakers", capability: "speakers:edit" },
  { href: "/admin/booths", labelKey: "booths", capability: "booths:edit" },
  { href: "/admin/booths/applications", labelKey: "applications", capability: "booths:edit" },
  { href: "/admin/media", labelKey: "media", capability: "media:edit" },
  { href: "/admin/press", labelKey: "press", capability: "media:edit" },
  { href: "/admin/news", labelKey: "news", capability: "media:edit" },
  { href: "/admin/users", labelKey: "users", capability: "users:manage" },
  { href: "/admin/audit", labelKey: "audit", capability: "audit:read" },
];

export function sectionsFor(role: Role): AdminSection[] {
  return adminSections.filter((section) => section.capability === null || can(role, section.capability));
}
