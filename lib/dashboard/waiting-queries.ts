import { can, type Capability } from "@/lib/auth/roles";
import type { Database } from "@/lib/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { currentEdition } from "@/lib/editions/current-queries";

// What waits for the signed-in user, counted for the dashboard: each count only for a role that may
// act on it, and each linked to the list where it is done.

type WaitingKey = "applications" | "press" | "toIssue" | "returned" | "invitationMailFailed" | "registrationMailRefused" | "mailFailed";
export type WaitingItem = { key: WaitingKey; count: number; href: string };

type Counter = { key: WaitingKey; capability: Capability; href: string; count: (database: Database, editionId: string | null) => Promise<number> };

const COUNTERS: Counter[] = [
  {
    key: "toIssue",
    capability: "invitations:issue",
    href: "/admin/invitations",
    count: (database) => database.invitationBatch.count({ where: { status: "PROPOSED" } }),
  },
  {
    key: "returned",
    capability: "invitations:draft",
    href: "/admin/invitations",
    count: (database) => database.invitationBatch.count({ where: { status: "RETURNED" } }),
  },
  {
    key: "invitationMailFailed",
    capability: "invitations:track",
    href: "/admin/invitations",
    count: (database) => database.invitation.count({ where: { status: "ISSUED", deliveryStatus: "FAILED" } }),
  },
  {
    key: "applications",
    capability: "booths:edit",
    href: "/admin/booths/applications",
    count: (database, editionId) => (editionId ? database.exhibitorApplication.count({ where: { editionId, status: "PENDING" } }) : Promise.resolve(0)),
  },
  {
    key: "press",
    capability: "press:review",
    href: "/admin/press",
    count: (database, editionId) => (editionId ? database.pressAccreditation.count({ where: { editionId, status: "PENDING" } }) : Promise.resolve(0)),
  },
  {
    key: "registrationMailRefused",
    capability: "registrations:read",
    href: "/admin/registrations?mail=refused",
    count: (database, editionId) =>
      editionId ? database.registration.count({ where: { editionId, status: "ACTIVE", mailRefusedAt: { not: null } } }) : Promise.resolve(0),
  },
  {
    key: "mailFailed",
    capability: "mail:manage",
    href: "/admin/mail?status=FAILED",
    count: (database) => database.outboxMessage.count({ where: { status: "FAILED" } }),
  },
];

/** The counts a role may act on; those of lists kept per edition are of the current edition. */
export async function countWaitingWork(database: Database, role: Role): Promise<WaitingItem[]> {
  const counters = COUNTERS.filter((counter) => can(role, counter.capability));
  if (counters.length === 0) return [];
  const edition = await currentEdition(database, "admin");
  const counts = await Promise.all(counters.map((counter) => counter.count(database, edition?.id ?? null)));
  return counters.map((counter, index) => ({ key: counter.key, count: counts[index]!, href: counter.href }));
}
