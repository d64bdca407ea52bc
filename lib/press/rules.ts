import { editionCode } from "@/lib/registration/rules";

// Pure press rules. No I/O here.

/** `BC25-7F3K9` (báo chí): printed on the pass and signed into its QR code. */
export function passCode(year: number, random?: (size: number) => Uint8Array): string {
  return editionCode("BC", year, random);
}
