import { getTranslator } from "@/lib/i18n/translator";
import type { AgendaSession } from "../queries";

// Feeds speak Vietnamese, the language of the Week's documents; English titles travel alongside where a format has room.
const t = getTranslator("vi", "feeds");
const common = getTranslator("vi", "common");
const speakerRole = getTranslator("vi", "feedsSpeakerRole");
const sessionType = getTranslator("vi", "sessionType");

type Venue = AgendaSession["venue"];

/** The session type as visitors read it: "Hội thảo chuyên đề". */
export function sessionTypeLabel(type: AgendaSession["type"]): string {
  return sessionType(type);
}

/** The name under which a venue appears as a room; sessions without a venue share a pseudo-room. */
export function roomName(venue: Venue): string {
  return venue?.name ?? t("noVenueRoom");
}

/** "Name, address", without repeating a name the address already starts with ("Xã Măng Đen, tỉnh …"). */
export function locationText(venue: NonNullable<Venue>): string {
  if (venue.address.normalize("NFC").startsWith(venue.name.normalize("NFC"))) return venue.address;
  return `${venue.name}, ${venue.address}`;
}

function describeSpeaker(speaker: AgendaSession["speakers"][number]): string {
  const affiliation = [speaker.position, speaker.organization].filter(Boolean).join(", ");
  return `${speaker.name} (${speakerRole(speaker.role)})${affiliation ? ` – ${affiliation}` : ""}`;
}

/** Who takes part and who organises, one fact per line, for the long description of a calendar entry or schedule event. */
export function describeOrganisation(session: AgendaSession): string[] {
  const lines: string[] = [];
  if (session.participants.trim()) lines.push(`${t("participants")}:\n${session.participants.trim()}`);
  lines.push(`${t("leadUnit")}: ${session.leadUnit.name}`);
  if (session.coordinatingUnits.length > 0) {
    lines.push(`${t("coordinatingUnits")}: ${session.coordinatingUnits.map((unit) => unit.name).join("; ")}`);
  }
  if (session.speakers.length > 0) {
    lines.push(`${t("speakers")}:\n${session.speakers.map((speaker) => `- ${describeSpeaker(speaker)}`).join("\n")}`);
  }
  if (session.timesProvisional) lines.push(common("provisionalTimes"));
  return lines;
}

export function cancelledTitle(title: string): string {
  return t("cancelledTitle", { title });
}

export function spansDaysText(start: string, end: string): string {
  return t("spansDays", { start, end });
}

export function sessionPageLabel(): string {
  return t("sessionPage");
}

export function detailsLabel(): string {
  return t("details");
}
