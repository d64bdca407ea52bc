import { db } from "@/lib/db";
import { findServableFile } from "@/lib/uploads/access";
import { FILE_VARIANTS, fileResponse, type FileVariant } from "@/lib/uploads/serve";
import { createFileStorage } from "@/lib/uploads/storage";
import { hasPressMediaAccess } from "@/lib/press/media-access";

// GET /api/v1/files/{id}?size=original|web|thumb&download=1&press=<token>: a public stored file,
// streamed. Access is decided per request (an unpublished asset disappears at once); browsers and
// proxies may keep a copy for an hour and revalidate it by ETag.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PUBLIC_CACHE = "public, max-age=3600, stale-while-revalidate=86400";
const PRESS_CACHE = "private, max-age=3600";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const size = query.get("size") ?? "original";
  if (!UUID.test(id) || !(FILE_VARIANTS as readonly string[]).includes(size)) return new Response("Not found", { status: 404 });
  const variant = size as FileVariant;
  const pressToken = query.get("press");
  const pressAccess = pressToken ? await hasPressMediaAccess(db, pressToken) : false;
  const file = await findServableFile(db, id, variant, pressAccess);
  if (!file) return new Response("Not found", { status: 404 });
  return fileResponse(request, createFileStorage(), file, {
    variant,
    download: query.get("download") === "1",
    cacheControl: pressToken ? PRESS_CACHE : PUBLIC_CACHE,
  });
}

export const HEAD = GET;
