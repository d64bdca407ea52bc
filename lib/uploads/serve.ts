import "server-only";
import { isNotModified } from "@/lib/http/cache";
import { uploadTypeOfMime } from "./detect";
import { contentDisposition, downloadName } from "./rules";
import type { FileStorage } from "./storage";

// Streams a stored file to the client: never buffered whole, validated by ETag (the content's hash,
// so a file never changes under a tag), named by Content-Disposition, and never sniffed into HTML.

export const FILE_VARIANTS = ["original", "web", "thumb"] as const;
export type FileVariant = (typeof FILE_VARIANTS)[number];

export type ServableFile = {
  storageKey: string;
  thumbnailKey: string | null;
  webKey: string | null;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
};

/**
 * An SVG can carry scripts. Opened directly it runs in a sandbox with nothing allowed but its own
 * styles; shown through <img> browsers never run them anyway.
 */
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";
const FILE_POLICY = "default-src 'none'; sandbox";

/** The key and type of the requested copy; a copy that was not made (small image, SVG) is the original. */
function pick(file: ServableFile, variant: FileVariant): { key: string; mimeType: string; isOriginal: boolean } {
  const copyKey = variant === "thumb" ? (file.thumbnailKey ?? file.webKey) : variant === "web" ? file.webKey : null;
  if (copyKey) return { key: copyKey, mimeType: "image/jpeg", isOriginal: false };
  return { key: file.storageKey, mimeType: file.mimeType, isOriginal: true };
}

export async function fileResponse(
  request: Request,
  storage: FileStorage,
  file: ServableFile,
  options: { variant: FileVariant; download: boolean; cacheControl: string },
): Promise<Response> {
  const chosen = pick(file, options.variant);
  const etag = `"${file.sha256.slice(0, 32)}-${chosen.isOriginal ? "original" : options.variant}"`;
  const type = uploadTypeOfMime(chosen.mimeType);
  const name = downloadName(file.originalName, type ?? "pdf");
  const headers = new Headers({
    ETag: etag,
    "Cache-Control": options.cacheControl,
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": type === "svg" ? SVG_POLICY : FILE_POLICY,
    // Images and PDFs may open in the browser; everything else (ZIP) and any explicit download is saved.
    "Content-Disposition": contentDisposition(
      chosen.isOriginal ? name : name.replace(/\.\w+$/, `-${options.variant}.jpg`),
      options.download || type === "zip" ? "attachment" : "inline",
    ),
  });
  if (isNotModified(request.headers, etag, null)) return new Response(null, { status: 304, headers });
  const body = await storage.get(chosen.key);
  if (!body) return new Response("Not found", { status: 404 });
  headers.set("Content-Type", chosen.mimeType);
  if (chosen.isOriginal) headers.set("Content-Length", String(file.sizeBytes));
  return new Response(request.method === "HEAD" ? null : body, { status: 200, headers });
}
