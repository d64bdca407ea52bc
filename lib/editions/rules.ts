import type { EditionStatus } from "@/lib/generated/prisma/enums";

// Pure rules of editions: copying one to a new year, and what each status allows.

/**
 * Who looks at an edition, and so which statuses they see: the public site shows published editions
 * and archived ones (past Weeks stay online), the public forms take only a published one (an archived
 * Week is over), the organisers work on every one, drafts included.
 */
export type EditionAudience = "public" | "registration" | "admin";

const STATUSES_FOR = {
  public: ["PUBLISHED", "ARCHIVED"],
  registration: ["PUBLISHED"],
  admin: ["DRAFT", "PUBLISHED", "ARCHIVED"],
} as const satisfies Record<EditionAudience, readonly EditionStatus[]>;

export function isEditionOpenTo(status: EditionStatus, audience: EditionAudience): boolean {
  return (STATUSES_FOR[audience] as readonly EditionStatus[]).includes(status);
}

/** The database filter of the editions an audience sees (also inside relation filters). */
export function editionsFor(audience: EditionAudience): { status: { in: EditionStatus[] } } {
  return { status: { in: [...STATUSES_FOR[audience]] } };
}

/** The database filter of the current edition, when the audience sees it. */
export function currentEditionFor(audience: EditionAudience): { isCurrent: true; status: { in: EditionStatus[] } } {
  return { isCurrent: true, ...editionsFor(audience) };
}

const DAY_MS = 86_400_000;

/** Whole days from one SQL date to another (both UTC midnights, as Prisma hands them over). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/**
 * An instant moved by whole days. Vietnam keeps UTC+7 all year, so a session at 08:00 stays at 08:00
 * local time on its new day.
 */
export function shiftByDays(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

/** A name or theme of the edition copied: its year, where it is written, becomes the new year. */
export function renameForYear(text: string, fromYear: number, toYear: number): string {
  return text.replace(new RegExp(`(?<!\\d)${fromYear}(?!\\d)`, "g"), String(toYear));
}

export type EditionStatusChange = "publish" | "archive";

/**
 * The status a change leads to, or why it is refused. The current edition is what the home page
 * shows: it cannot be archived until another one is made current.
 */
export function nextEditionStatus(
  edition: { status: string; isCurrent: boolean },
  change: EditionStatusChange,
): { ok: true; status: "PUBLISHED" | "ARCHIVED" } | { ok: false; reason: "invalidTransition" | "isCurrent" } {
  if (change === "publish") return edition.status === "DRAFT" ? { ok: true, status: "PUBLISHED" } : { ok: false, reason: "invalidTransition" };
  if (edition.status !== "PUBLISHED") return { ok: false, reason: "invalidTransition" };
  if (edition.isCurrent) return { ok: false, reason: "isCurrent" };
  return { ok: true, status: "ARCHIVED" };
}

/** Only a published edition can become current (the DB's `editions_current_is_public` agrees). */
export function canBecomeCurrent(edition: { status: string }): boolean {
  return edition.status === "PUBLISHED";
}

/** What the copy form proposes: the newest edition, one year on, starting on the same weekday a year later. */
export function suggestedCopy(latest: { year: number; startsOn: Date }): { sourceYear: number; year: number; startsOn: string } {
  // 364 days keep the weekday: a Week that opened on a Friday opens on a Friday again.
  return { sourceYear: latest.year, year: latest.year + 1, startsOn: shiftByDays(latest.startsOn, 364).toISOString().slice(0, 10) };
}

/** What an edition holds besides its programme: people's data and published material. */
export type EditionContents = {
  registrations: number;
  invitationBatches: number;
  booths: number;
  exhibitorApplications: number;
  mediaAssets: number;
  pressAccreditations: number;
  newsPosts: number;
};

export type EditionDeletion = { ok: true } | { ok: false; reason: "notDraft" } | { ok: false; reason: "notEmpty"; holds: Partial<EditionContents> };

/**
 * Deleting is for an edition made by mistake (a wrong year, a copy from the wrong source): only a
 * draft, never shown to the public, holding nothing but its draft programme, which goes with it.
 * Anything else is archived instead, so that no one's registration, invitation or booth is lost.
 */
export function canDeleteEdition(edition: { status: string }, contents: EditionContents): EditionDeletion {
  if (edition.status !== "DRAFT") return { ok: false, reason: "notDraft" };
  const holds = Object.fromEntries(Object.entries(contents).filter(([, count]) => count > 0)) as Partial<EditionContents>;
  return Object.keys(holds).length > 0 ? { ok: false, reason: "notEmpty", holds } : { ok: true };
}
