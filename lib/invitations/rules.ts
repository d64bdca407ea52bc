import { TZDate } from "@date-fns/tz";
import { venueLine } from "@/lib/agenda/present";
import { normalizeEmail } from "@/lib/registration/rules";
import { EVENT_TIME_ZONE } from "@/lib/time/zone";

// Pure rules of the invitations: document numbers, the dates an official document prints, the
// batch's life cycle and the body prefilled from the sessions. No I/O here.

type BatchStatus = "DRAFT" | "PROPOSED" | "RETURNED" | "ISSUED";

/**
 * The number as a document prints it: Decree 30/2020 (Appendix I, Part I, II.3.c) writes numbers
 * below 10 with a leading zero (`09`). The register stores the plain integer; this is presentation only.
 */
export function formatDocumentNumber(number: number): string {
  return String(number).padStart(2, "0");
}

/** `125/GM-UBND`, `09/GM-UBND`: the number in the register, then the register's symbol (Decree 30, Appendix I). */
export function documentNumber(number: number, symbol: string): string {
  return `${formatDocumentNumber(number)}/${symbol}`;
}

function localParts(instant: Date, timeZone = EVENT_TIME_ZONE) {
  const local = new TZDate(instant.getTime(), timeZone);
  return { day: local.getDate(), month: local.getMonth() + 1, year: local.getFullYear(), hours: local.getHours(), minutes: local.getMinutes(), weekday: local.getDay() };
}

/** The year whose register numbers an invitation issued at `instant` (the issuing body's calendar year). */
export function registerYear(instant: Date): number {
  return localParts(instant).year;
}

/**
 * The place-and-date line, `Quảng Ngãi, ngày 05 tháng 9 năm 2025`: Decree 30 writes a leading
 * zero for days below 10 and for months 1 and 2 (so that "tháng 01" cannot be read as "tháng 10").
 */
export function placeAndDate(place: string, instant: Date): string {
  const { day, month, year } = localParts(instant);
  const monthText = month <= 2 ? String(month).padStart(2, "0") : String(month);
  return `${place}, ngày ${String(day).padStart(2, "0")} tháng ${monthText} năm ${year}`;
}

const WEEKDAYS = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"];

/** `14 giờ 00, thứ Năm, ngày 25/9/2025`: how an official letter writes a time. */
export function officialTime(instant: Date): string {
  const { day, month, year, hours, minutes, weekday } = localParts(instant);
  return `${String(hours).padStart(2, "0")} giờ ${String(minutes).padStart(2, "0")}, ${WEEKDAYS[weekday]}, ngày ${day}/${month}/${year}`;
}

type BodySession = { title: string; content: string; startsAt: Date; venue: { name: string; address: string } | null };

/** The body an organiser starts from: what, when and where, per invited session, in the letter's words. */
export function composeBody(sessions: BodySession[]): string {
  const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const paragraphs = ordered.map((session) => {
    const lines = [`Tới dự ${session.title}.`, `- Thời gian: ${officialTime(session.startsAt)}.`];
    if (session.venue) lines.push(`- Địa điểm: ${venueLine(session.venue.name, session.venue.address)}.`);
    const content = session.content.split("\n").map((line) => line.trim()).filter(Boolean);
    if (content.length > 0) lines.push(`- Nội dung: ${content.map((line) => line.replace(/^[-–•]\s*/, "").replace(/[;.]$/, "")).join("; ")}.`);
    return lines.join("\n");
  });
  return [...paragraphs, "Rất mong Quý đại biểu thu xếp thời gian đến dự."].join("\n\n");
}

/** "Nơi nhận" lines as printed: each starts with a dash and ends with a semicolon, the last with a full stop. */
export function recipientLines(note: string): string[] {
  const lines = note.split("\n").map((line) => line.trim().replace(/^[-–]\s*/, "").replace(/[;.,]+$/, "")).filter(Boolean);
  return lines.map((line, index) => `- ${line}${index === lines.length - 1 ? "." : ";"}`);
}

const EDITABLE: readonly BatchStatus[] = ["DRAFT", "RETURNED"];

/** The organiser edits the draft and its invitees until it is proposed, and again once returned. */
export function isEditable(status: BatchStatus): boolean {
  return EDITABLE.includes(status);
}

/** The office decides only on what was proposed to it. */
export function isAwaitingDecision(status: BatchStatus): boolean {
  return status === "PROPOSED";
}

/** Printed when the office does not know whether to write "Ông" or "Bà". */
export const DEFAULT_SALUTATION = "Ông/Bà";

const LEADING_SALUTATION = /^(Ông\s*\/\s*Bà|Ông|Bà)\.?\s+(?=\S)/iu;

function capitalize(value: string): string {
  return value.charAt(0).toLocaleUpperCase("vi") + value.slice(1);
}

/**
 * Separates a salutation typed into the name ("Ông Lê Văn Hùng") from the name, so that it is printed
 * once. A given salutation wins; a name starting with that same salutation loses it. The rare surname
 * Ông is read as a salutation too: the printed line is the same either way.
 */
export function splitSalutation(fullName: string, salutation: string | null = null): { salutation: string | null; fullName: string } {
  const given = salutation?.trim() || null;
  const match = LEADING_SALUTATION.exec(fullName);
  if (!match) return { salutation: given ? capitalize(given) : null, fullName };
  const typed = match[1]!.replace(/\s+/g, "");
  const rest = fullName.slice(match[0].length);
  if (!given) return { salutation: /\//.test(typed) ? null : capitalize(typed.toLocaleLowerCase("vi")), fullName: rest };
  const same = given.toLocaleLowerCase("vi").replace(/\s+/g, "") === typed.toLocaleLowerCase("vi");
  return { salutation: capitalize(given), fullName: same ? rest : fullName };
}

/** `Ông Lê Văn Hùng`: the salutation, once, then the name (snapshots issued before the field may hold it in the name). */
export function addressee(invitee: { salutation?: string | null; fullName: string }): string {
  const split = splitSalutation(invitee.fullName, invitee.salutation ?? null);
  return `${split.salutation ?? DEFAULT_SALUTATION} ${split.fullName}`;
}

/** The invitee's line of the letter: the addressee, then position and body when known. */
export function inviteeLine(invitee: { salutation?: string | null; fullName: string; position: string | null; organization: string | null }): string {
  const role = [invitee.position, invitee.organization].filter(Boolean).join(", ");
  return role ? `${addressee(invitee)} – ${role}` : addressee(invitee);
}

type IssueTiming = { kind: "ok" } | { kind: "started" | "ended"; sessions: string[] };

/**
 * Whether a letter dated `now` may still invite to these sessions: after a session has begun the
 * officer is warned; once one has ended the letter would invite to the past, and it is refused.
 */
export function issueTiming(sessions: { title: string; startsAt: Date; endsAt: Date }[], now: Date): IssueTiming {
  const ended = sessions.filter((session) => session.endsAt.getTime() <= now.getTime());
  if (ended.length > 0) return { kind: "ended", sessions: ended.map((session) => session.title) };
  const started = sessions.filter((session) => session.startsAt.getTime() <= now.getTime());
  if (started.length > 0) return { kind: "started", sessions: started.map((session) => session.title) };
  return { kind: "ok" };
}

/** Where UBND tỉnh signs its documents: the place of the place-and-date line. */
export const ISSUING_PLACE = "Quảng Ngãi";

/**
 * The issuing body as the header prints it: in capitals, the locality on a line of its own
 * (`ỦY BAN NHÂN DÂN` / `TỈNH QUẢNG NGÃI`), as provincial documents set it in a narrow column.
 */
export function issuerHeaderLines(name: string): string[] {
  const upper = name.normalize("NFC").toLocaleUpperCase("vi");
  const split = /^(.+?)\s+((?:TỈNH|THÀNH PHỐ|XÃ|PHƯỜNG|ĐẶC KHU)\s.+)$/u.exec(upper);
  return split ? [split[1]!, split[2]!] : [upper];
}

/** Duplicate key of an invitee within a batch: the e-mail, or else the name and organisation together. */
export function inviteeKey(invitee: { fullName: string; organization: string | null; email: string | null }): string {
  if (invitee.email) return `email:${normalizeEmail(invitee.email)}`;
  return `name:${invitee.fullName.toLocaleLowerCase("vi")}|${(invitee.organization ?? "").toLocaleLowerCase("vi")}`;
}
