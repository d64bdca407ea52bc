import { formatIsoWithOffset } from "@/lib/time/iso";
import type { SessionType } from "@/lib/generated/prisma/client";
import type { AgendaEdition, AgendaSession } from "../queries";
import { seatsLeft } from "../rules";
import { fileUrl, sessionPageUrl, type FeedSite } from "./site";

/**
 * One entry of `GET /api/v1/editions/{year}/sessions`. The field names are a public contract that
 * outside tools rely on: add fields if needed, never rename or remove one.
 */
export type PublicSession = {
  slug: string;
  title: string;
  /** Present only when the session has an English title. */
  titleEn?: string;
  type: SessionType;
  /** ISO 8601 with the edition zone's offset: `2025-09-19T08:00:00+07:00`. */
  startsAt: string;
  endsAt: string;
  venue: { name: string; address: string } | null;
  leadUnit: { name: string };
  coordinatingUnits: { name: string }[];
  /** Seats open to public registration; null when the session takes no registrations. */
  capacity: number | null;
  seatsLeft: number | null;
  /** Delegates waiting for a seat to free. */
  waitlistLength: number;
  registrationOpen: boolean;
  url: string;
  /** Slides, documents (PDF files) and video or livestream links published after the session. */
  materials: PublicMaterial[];
};

type PublicMaterial = {
  kind: "SLIDES" | "DOCUMENT" | "VIDEO" | "LIVESTREAM";
  title: string;
  url: string;
  /** The file's media type and size in bytes; null for a link. */
  type: string | null;
  sizeBytes: number | null;
};

/** A session's materials with absolute addresses: files through the portal, links as given. */
export function publicMaterials(session: Pick<AgendaSession, "materials">, site: FeedSite): PublicMaterial[] {
  return session.materials.map((material) => ({
    kind: material.kind,
    title: material.title,
    url: material.file ? fileUrl(site, material.file.id) : (material.url ?? ""),
    type: material.file?.mimeType ?? null,
    sizeBytes: material.file?.sizeBytes ?? null,
  }));
}

function toPublicSession(edition: AgendaEdition, session: AgendaSession, site: FeedSite): PublicSession {
  return {
    slug: session.slug,
    title: session.title,
    ...(session.titleEn ? { titleEn: session.titleEn } : {}),
    type: session.type,
    startsAt: formatIsoWithOffset(session.startsAt, edition.timeZone),
    endsAt: formatIsoWithOffset(session.endsAt, edition.timeZone),
    venue: session.venue && { name: session.venue.name, address: session.venue.address },
    leadUnit: { name: session.leadUnit.name },
    coordinatingUnits: session.coordinatingUnits.map((unit) => ({ name: unit.name })),
    capacity: session.capacity,
    seatsLeft: seatsLeft(session),
    waitlistLength: session.waitlistCount,
    registrationOpen: session.registrationOpen,
    url: sessionPageUrl(site, edition.year, session.slug),
    materials: publicMaterials(session, site),
  };
}

/** The published sessions of an edition as a top-level JSON array, in programme order. */
export function buildSessionList(edition: AgendaEdition, sessions: AgendaSession[], site: FeedSite): PublicSession[] {
  return sessions.filter((session) => session.status === "PUBLISHED").map((session) => toPublicSession(edition, session, site));
}
