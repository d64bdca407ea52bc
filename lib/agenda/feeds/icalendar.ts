import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// The text encoding of RFC 5545 (iCalendar): escaping, date-times, line folding. No calendar logic here.

const CRLF = "\r\n";
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/** A TEXT value (§3.3.11): backslash, semicolon, comma and line breaks escaped; other controls dropped. */
export function escapeText(value: string): string {
  return value
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line into physical lines of at most 75 octets of UTF-8, each continuation starting
 * with a space (§3.1). Breaks fall between characters, never inside one: Vietnamese letters such as
 * "ệ" take three octets, and a fold in their middle would corrupt them in every client.
 */
export function foldLine(line: string): string {
  const physical: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      physical.push(current);
      current = " ";
      octets = 1;
    }
    current += character;
    octets += size;
  }
  physical.push(current);
  return physical.join(CRLF);
}

/** A whole iCalendar object: folded content lines, each ended by CRLF. */
export function serializeLines(lines: string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join("");
}

/** A UTC DATE-TIME (§3.3.5, form 2): `20250919T010000Z`. */
export function formatUtcDateTime(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** A local DATE-TIME to pair with a TZID parameter (§3.3.5, form 3): `20250919T080000`. */
export function formatLocalDateTime(instant: Date, timeZone: string): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyyMMdd'T'HHmmss");
}

/** A UTC-OFFSET value (§3.3.14): `+0700`. */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const absolute = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}${String(absolute % 60).padStart(2, "0")}`;
}
