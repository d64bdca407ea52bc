import { COMMON_PASSWORDS, COMMON_WORDS, KEYBOARD_WALKS } from "./common-passwords";

// NIST SP 800-63B / OWASP: a length range and a check against known and guessable passwords,
// no composition rules (they push people to "Password1!"). Pure, shared by the forms, the actions
// and the command line.

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** What is left once a known word or the user's own name is taken out must still be this long. */
const MIN_SECRET_REMAINDER = 8;
const MIN_IDENTIFIER_LENGTH = 4;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "pattern" | "personal";

export type PasswordContext = { email?: string | null; name?: string | null };

const commonPasswords = new Set(COMMON_PASSWORDS);
const LEET: Record<string, string> = {
  "@": "a",
  "4": "a",
  "0": "o",
  "1": "i",
  "!": "i",
  "3": "e",
  $: "s",
  "5": "s",
  "7": "t",
  "|": "l",
};

/** Lower case without Vietnamese diacritics: "Mật Khẩu" and "mat khau" are the same guess. */
function foldPassword(value: string): string {
  return value.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

const lettersAndDigits = (value: string) => value.replace(/[^\p{L}\p{N}]/gu, "");
const unleet = (value: string) => [...value].map((character) => LEET[character] ?? character).join("");
const length = (value: string) => [...value].length;

/** One character or a short run repeated ("aaaaaaaa", "abcabcabc", "12121212"). */
function isRepetition(value: string): boolean {
  for (let size = 1; size <= 4 && size * 2 <= value.length; size++) {
    if (
      value ===
      value
        .slice(0, size)
        .repeat(Math.ceil(value.length / size))
        .slice(0, value.length)
    )
      return true;
  }
  return false;
}

/** Consecutive characters going up or down by one ("12345678", "abcdefgh", "87654321"). */
function isSequence(value: string): boolean {
  if (value.length < 3) return false;
  const step = value.charCodeAt(1) - value.charCodeAt(0);
  if (Math.abs(step) !== 1) return false;
  for (let index = 2; index < value.length; index++) {
    if (value.charCodeAt(index) - value.charCodeAt(index - 1) !== step) return false;
  }
  return true;
}

function isKeyboardWalk(value: string): boolean {
  if (value.length < 6) return false;
  return KEYBOARD_WALKS.some((walk) => walk.includes(value) || [...walk].reverse().join("").includes(value));
}

/** True when `word` occurs in the password and what surrounds it is too short to be a secret. */
function isPaddedWord(password: string, forms: string[], word: string): boolean {
  return (
    word.length >= MIN_IDENTIFIER_LENGTH &&
    forms.some((form) => form.includes(word)) &&
    length(password) - word.length < MIN_SECRET_REMAINDER
  );
}

function personalWords(context: PasswordContext): string[] {
  const words = new Set<string>();
  const email = context.email?.trim();
  if (email) {
    const folded = foldPassword(email);
    words.add(folded);
    words.add(lettersAndDigits(folded.split("@")[0] ?? ""));
  }
  const name = context.name?.trim();
  if (name) {
    const folded = foldPassword(name);
    words.add(lettersAndDigits(folded));
    for (const part of folded.split(/\s+/)) words.add(lettersAndDigits(part));
  }
  return [...words].filter((word) => word.length >= MIN_IDENTIFIER_LENGTH);
}

/** The first reason this password must be refused, or null when it may be used. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordProblem | null {
  const typed = password.normalize("NFC");
  if (length(typed) < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length(typed) > PASSWORD_MAX_LENGTH) return "tooLong";

  const folded = foldPassword(typed);
  const compact = lettersAndDigits(folded);
  const forms = [folded, compact, unleet(folded), lettersAndDigits(unleet(folded))];

  if (forms.some((form) => commonPasswords.has(form))) return "common";
  if (isRepetition(folded) || isRepetition(compact) || isSequence(compact) || isKeyboardWalk(compact)) return "pattern";
  if (personalWords(context).some((word) => isPaddedWord(typed, forms, word))) return "personal";
  if (COMMON_WORDS.some((word) => isPaddedWord(typed, forms, word))) return "common";
  return null;
}
