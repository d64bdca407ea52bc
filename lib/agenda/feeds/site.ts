import { agendaPath, sessionPath } from "../paths";

/** What a feed needs to know about the site it links to. */
export type FeedSite = {
  /** PUBLIC_BASE_URL: feeds are read elsewhere, so every link in them is absolute. */
  baseUrl: string;
  /** The edition shown at the short URLs (`/sessions/…`); null when none is. */
  currentYear: number | null;
};

function absolute(site: FeedSite, path: string): string {
  return `${site.baseUrl.replace(/\/+$/, "")}${path}`;
}

/** The public (Vietnamese) page of a session. */
export function sessionPageUrl(site: FeedSite, year: number, slug: string): string {
  return absolute(site, sessionPath(year, slug, site.currentYear));
}

/** A published file (a session's slides), as `/api/v1/files/<id>` serves it. */
export function fileUrl(site: FeedSite, fileId: string): string {
  return absolute(site, `/api/v1/files/${fileId}`);
}

/** The agenda page of an edition, the home of its schedule. */
export function agendaPageUrl(site: FeedSite, year: number): string {
  return absolute(site, agendaPath(year, site.currentYear));
}

/** The host name that makes calendar UIDs globally unique (RFC 5545 §3.8.4.7). */
export function siteHost(site: FeedSite): string {
  return new URL(site.baseUrl).hostname;
}
