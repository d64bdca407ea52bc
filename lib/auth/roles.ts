import { Role } from "@/lib/generated/prisma/enums";

// The one permission table. Pages and Server Actions ask for a capability, never for a role, so that
// a new screen only has to name what it does; who may do it is decided here and nowhere else.

export const CAPABILITIES = [
  "editions:edit",
  "agenda:edit",
  "venues:edit",
  "units:edit",
  "speakers:edit",
  "booths:edit",
  "media:edit",
  "news:edit",
  "press:review",
  "registrations:read",
  "registrations:write",
  "registrations:export",
  "invitations:draft",
  "invitations:issue",
  "invitations:track",
  "checkin:scan",
  "reports:edit",
  "users:manage",
  "audit:read",
  "privacy:manage",
  /** The outbox at /admin/mail: who was written to, how sending went, and sending a failed message again. */
  "mail:manage",
] as const;

export type Capability = (typeof CAPABILITIES)[number];

export const ROLES = [Role.ADMIN, Role.ORGANIZER, Role.INVITATION_OFFICER, Role.CHECKIN_STAFF] as const;

const NOT_FOR_ORGANIZERS: readonly Capability[] = ["invitations:issue", "users:manage", "audit:read", "privacy:manage"];

const PERMISSIONS: Record<Role, readonly Capability[]> = {
  // The administrator may do everything, including managing accounts and reading the audit log.
  ADMIN: CAPABILITIES,
  // Sở KH&CN runs the Week: editions, agenda, venues, units, speakers, exhibition, media, news, press
  // accreditations, registrations (reading them, correcting them and exporting them are separate grants),
  // drafts the invitations that Văn phòng UBND issues, and helps at the door on the day: everything
  // but issuing invitations, accounts, the audit log and the privacy tools.
  ORGANIZER: CAPABILITIES.filter((capability) => !NOT_FOR_ORGANIZERS.includes(capability)),
  // Văn phòng UBND tỉnh issues the invitations and follows the replies.
  INVITATION_OFFICER: ["invitations:issue", "invitations:track"],
  CHECKIN_STAFF: ["checkin:scan"],
};

export function can(role: Role, capability: Capability): boolean {
  return PERMISSIONS[role].includes(capability);
}

export function capabilitiesOf(role: Role): readonly Capability[] {
  return PERMISSIONS[role];
}
