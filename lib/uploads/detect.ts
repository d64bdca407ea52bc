// What a file really is, read from its first bytes (its "magic number"), never from its name or the
// type the browser claims: a `.png` that is an executable or an HTML page is recognised as neither
// image nor document and refused. Pure; unit-tested.

export const UPLOAD_TYPES = {
  png: { mimeType: "image/png", extension: "png" },
  jpeg: { mimeType: "image/jpeg", extension: "jpg" },
  webp: { mimeType: "image/webp", extension: "webp" },
  svg: { mimeType: "image/svg+xml", extension: "svg" },
  pdf: { mimeType: "application/pdf", extension: "pdf" },
  zip: { mimeType: "application/zip", extension: "zip" },
} as const;

export type UploadType = keyof typeof UPLOAD_TYPES;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii("RIFF");
const WEBP = ascii("WEBP");
const PDF = ascii("%PDF-");
const ZIP_LOCAL_FILE = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];

/** How far into a text file the `<svg` root element may start (after an XML declaration, comments, a doctype). */
const SVG_PROLOGUE_LIMIT = 4096;

/**
 * An SVG is text whose first element is `<svg`: only an XML declaration, comments, a doctype and
 * white space may come before it. An HTML page (`<!doctype html>`, `<html>`) does not qualify,
 * even if it embeds an SVG further down.
 */
function isSvg(bytes: Uint8Array): boolean {
  let text = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, SVG_PROLOGUE_LIMIT));
  text = text.replace(/^\uFEFF/, "");
  const prologue = /^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE\s+svg[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i;
  const rest = text.slice(prologue.exec(text)?.[0].length ?? 0);
  return /^<svg[\s>]/i.test(rest);
}

/** The file's type by content, or null when it is none of the types the portal accepts. */
export function detectUploadType(bytes: Uint8Array): UploadType | null {
  if (startsWith(bytes, PNG)) return "png";
  if (startsWith(bytes, JPEG)) return "jpeg";
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return "webp";
  if (startsWith(bytes, PDF)) return "pdf";
  if (startsWith(bytes, ZIP_LOCAL_FILE) || startsWith(bytes, ZIP_EMPTY)) return "zip";
  if (isSvg(bytes)) return "svg";
  return null;
}

/** Raster images, which get a thumbnail and a web-size copy. */
function isRasterImage(type: UploadType): boolean {
  return type === "png" || type === "jpeg" || type === "webp";
}

export function isImage(type: UploadType): boolean {
  return isRasterImage(type) || type === "svg";
}

export function uploadTypeOfMime(mimeType: string): UploadType | null {
  const entry = Object.entries(UPLOAD_TYPES).find(([, type]) => type.mimeType === mimeType);
  return entry ? (entry[0] as UploadType) : null;
}
