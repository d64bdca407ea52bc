import type { MediaAssetKind } from "@/lib/generated/prisma/enums";
import { detectUploadType, UPLOAD_TYPES, type UploadType } from "./detect";
import { imageDimensions, MAX_IMAGE_PIXELS } from "./dimensions";

// What may be uploaded where, and how big. Pure; unit-tested.

export type UploadPurpose = "booth-image" | "session-material" | Exclude<MediaAssetKind, "VIDEO_LINK">;

const MB = 1024 * 1024;

/** The largest file any purpose accepts; the Server Action body limit in next.config.ts is set just above it. */
const MAX_UPLOAD_BYTES = 40 * MB;

const UPLOAD_POLICIES: Record<UploadPurpose, { types: readonly UploadType[]; maxBytes: number }> = {
  "booth-image": { types: ["jpeg", "png", "webp"], maxBytes: 10 * MB },
  // Slides and documents of a session, published as PDF: every delegate can open them, nothing runs.
  "session-material": { types: ["pdf"], maxBytes: MAX_UPLOAD_BYTES },
  PRESS_RELEASE: { types: ["pdf"], maxBytes: 20 * MB },
  FACT_SHEET: { types: ["pdf"], maxBytes: 20 * MB },
  PROGRAMME: { types: ["pdf"], maxBytes: 20 * MB },
  // A logo in SVG and PNG, or a pack of all its variants.
  LOGO: { types: ["svg", "png", "zip"], maxBytes: 10 * MB },
  POSTER: { types: ["png", "jpeg", "webp", "pdf"], maxBytes: MAX_UPLOAD_BYTES },
  PHOTO: { types: ["jpeg", "png", "webp"], maxBytes: 25 * MB },
};

export type UploadRefusalReason = "empty" | "too-large" | "wrong-type" | "too-many-pixels";
export type UploadCheck =
  | { ok: true; type: UploadType }
  | { ok: false; reason: UploadRefusalReason; maxBytes: number; allowed: readonly UploadType[] };

/**
 * Checks a file for a purpose by its size and its content; the name plays no part. A raster image
 * whose header announces more than MAX_IMAGE_PIXELS is refused before anything decodes it.
 */
export function checkUpload(bytes: Uint8Array, purpose: UploadPurpose): UploadCheck {
  const policy = UPLOAD_POLICIES[purpose];
  const refuse = (reason: UploadRefusalReason): UploadCheck => ({
    ok: false,
    reason,
    maxBytes: policy.maxBytes,
    allowed: policy.types,
  });
  if (bytes.length === 0) return refuse("empty");
  if (bytes.length > policy.maxBytes) return refuse("too-large");
  const type = detectUploadType(bytes);
  if (!type || !policy.types.includes(type)) return refuse("wrong-type");
  const size = imageDimensions(bytes, type);
  if (size && size.width * size.height > MAX_IMAGE_PIXELS) return refuse("too-many-pixels");
  return { ok: true, type };
}

/**
 * The name a download is offered under: the uploader's name without its path, control characters or
 * extension, then the extension of what the file really is ("bao-cao.exe" holding a PDF → "bao-cao.pdf").
 */
export function downloadName(originalName: string, type: UploadType): string {
  const base = originalName
    .normalize("NFC")
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .replace(/\.[^.]*$/, "")
    .trim()
    .slice(0, 120);
  return `${base || "tep"}.${UPLOAD_TYPES[type].extension}`;
}

/** A Content-Disposition header (RFC 6266): an ASCII fallback name and the real one in UTF-8. */
export function contentDisposition(name: string, disposition: "inline" | "attachment"): string {
  const fallback = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^\x20-\x7e]|[\\"%;]/g, "_");
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** "2,4 MB", "830 KB": the size shown next to a download, in the language's number style. */
export function formatFileSize(bytes: number, locale: "vi" | "en"): string {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= MB) return format(bytes / MB, "MB");
  return format(Math.max(1, Math.round(bytes / 1024)), "KB");
}
