// Pure registration rules, shared by the browser (form validation) and the server. No I/O here.

/** Letters and digits a person can read back over the phone without confusion: no 0/O, 1/I/L. */
export const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const CODE_RANDOM_LENGTH = 5;

/** `QN25-7F3K9`: QN, the edition year's last two digits, five random characters. */
export function registrationCode(year: number, random: (size: number) => Uint8Array = randomBytes): string {
  return editionCode("QN", year, random);
}

/** `<prefix><yy>-<five random characters>`: the shape of every code people read out (tickets, press passes). */
export function editionCode(prefix: string, year: number, random: (size: number) => Uint8Array = randomBytes): string {
  return `${prefix}${String(year % 100).padStart(2, "0")}-${randomCodeCharacters(random)}`;
}

export function isRegistrationCode(value: string): boolean {
  return new RegExp(`^QN\\d{2}-[${CODE_ALPHABET}]{${CODE_RANDOM_LENGTH}}$`).test(value);
}

/** Rejection sampling keeps every character equally likely (256 is not a multiple of 31). */
function randomCodeCharacters(random: (size: number) => Uint8Array): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let code = "";
  while (code.length < CODE_RANDOM_LENGTH) {
    for (const byte of random(CODE_RANDOM_LENGTH * 2)) {
      if (byte < limit && code.length < CODE_RANDOM_LENGTH) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return code;
}

function randomBytes(size: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(size));
}

/** Trimmed, lower case, NFC: the form in which e-mails are stored and compared for uniqueness. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase().normalize("NFC");
}

/**
 * Vietnamese numbers as people write them (`0905 123 456`, `0905.123.456`, `+84 905-123-456`,
 * `+84 (0) 905 123 456`) to one stored form, E.164 `+84905123456`; null when it is not one.
 * Mobile numbers have 9 digits after the leading 0, landlines 10.
 */
export function normalizePhone(value: string): string | null {
  const compact = value.replace(/[\s.\-()]/g, "");
  const digits = /^(?:0|\+840?)([1-9]\d{8,9})$/.exec(compact)?.[1];
  return digits ? `+84${digits}` : null;
}

/** Seats a session still has for the public; never negative, even if capacity was lowered. */
export function seatsLeft(capacity: number | null, seatsTaken: number): number {
  return capacity === null ? 0 : Math.max(0, capacity - seatsTaken);
}

/** 1-based place on the wait list from the number of wait-listed seats queued before this one. */
export function waitlistPosition(waitlistedAhead: number): number {
  return waitlistedAhead + 1;
}
