import { foldDiacritics } from "@/lib/i18n/fold";
import { editionCode } from "@/lib/registration/rules";

// Pure press rules. No I/O here.

/** `BC25-7F3K9` (báo chí): printed on the pass and signed into its QR code. */
export function passCode(year: number, random?: (size: number) => Uint8Array): string {
  return editionCode("BC", year, random);
}

type Listed = { id: string; fullName: string; outlet: string; cardNumber: string; email: string; phone: string; passCode: string | null };

function folded(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/** One journalist however the name was typed: the name without accents or case, and the phone's digits. */
function pressPersonKey(entry: Pick<Listed, "fullName" | "phone">): string {
  return `${folded(entry.fullName)}|${entry.phone.replace(/\D/g, "").replace(/^84/, "0")}`;
}

/** For each accreditation sharing its name and phone (or its press card) with others, how many others. */
export function pressDuplicates(entries: Listed[]): Map<string, number> {
  const groups = new Map<string, Set<string>>();
  const add = (key: string, id: string) => groups.set(key, (groups.get(key) ?? new Set()).add(id));
  for (const entry of entries) {
    add(`person:${pressPersonKey(entry)}`, entry.id);
    add(`card:${folded(entry.cardNumber).replace(/\s/g, "")}`, entry.id);
  }
  const others = new Map<string, number>();
  for (const ids of groups.values()) {
    if (ids.size < 2) continue;
    for (const id of ids) others.set(id, Math.max(others.get(id) ?? 0, ids.size - 1));
  }
  return others;
}

/** The press list's search: every word of the query in the name, outlet, card, e-mail, phone or pass code, accents ignored. */
export function matchesPressSearch(entry: Listed, query: string): boolean {
  const words = folded(query).split(" ").filter(Boolean);
  const haystack = folded([entry.fullName, entry.outlet, entry.cardNumber, entry.email, entry.phone, entry.passCode ?? ""].join(" "));
  const digits = entry.phone.replace(/\D/g, "");
  return words.every((word) => haystack.includes(word) || (/^\d+$/.test(word) && digits.includes(word)));
}
