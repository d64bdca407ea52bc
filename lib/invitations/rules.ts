import { TZDate } from "@date-fns/tz";
import { normalizeEmail } from "@/lib/registration/rules";
import { EVENT_TIME_ZONE } from "@/lib/time/zone";

// Pure rules of the invitations: document numbers, the dates an official document prints, the
// batch's life cycle and the body prefilled from the sessions. No I/O here.

export type BatchStatus = "DRAFT" | "PROPOSED" | "RETURNED" | "ISSUED";

/** `125/GM-UBND`: the number in the register, then the register's symbol (Decree 30, Appendix I). */
export function documentNumber(number: number, symbol: string): string {
  return `${number}/${symbol}`;
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

export type BodySession = { title: string; content: string; startsAt: Date; venue: { name: string; address: string } | null };

/** The body an organiser starts from: what, when and where, per invited session, in the letter's words. */
export function composeBody(sessions: BodySession[]): string {
  const ordered = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const paragraphs = ordered.map((session) => {
    const lines = [`Tới dự ${session.title}.`, `- Thời gian: ${officialTime(session.startsAt)}.`];
    if (session.venue) lines.push(`- Địa điểm: ${session.venue.name}, ${session.venue.address}.`);
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

/** An honorific-free salutation line: the name, then position and body when known. */
export function inviteeLine(invitee: { fullName: string; position: string | null; organization: string | null }): string {
  const role = [invitee.position, invitee.organization].filter(Boolean).join(", ");
  return role ? `Ông/Bà ${invitee.fullName} – ${role}` : `Ông/Bà ${invitee.fullName}`;
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
