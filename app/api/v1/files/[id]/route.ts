import { can } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import { getFileForEditor, getServableFile } from "@/lib/uploads/queries";
import { FILE_VARIANTS, fileResponse, type FileVariant } from "@/lib/uploads/serve";
import { createFileStorage } from "@/lib/uploads/storage";
import { hasPressAccess } from "@/lib/press/queries";

// GET /api/v1/files/{id}?size=original|web|thumb&download=1&press=<token>: a public stored file,
// streamed. Access is decided per request (an unpublished asset disappears at once); browsers and
// proxies may keep a copy for an hour and revalidate it by ETag. Organisers signed in to the admin area
// also see files nobody else may (a draft booth's pictures), never cached.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PUBLIC_CACHE = "public, max-age=3600, stale-while-revalidate=86400";
const PRESS_CACHE = "private, max-age=3600";
const EDITOR_CACHE = "private, no-store";

async function isEditor(): Promise<boolean> {
  const user = await getCurrentUser();
  return user !== null && (can(user.role, "booths:edit") || can(user.role, "media:edit"));
}

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const size = query.get("size") ?? "original";
  if (!UUID.test(id) || !(FILE_VARIANTS as readonly string[]).includes(size)) return new Response("Not found", { status: 404 });
  const variant = size as FileVariant;
  const pressToken = query.get("press");
  const pressAccess = pressToken ? await hasPressAccess(pressToken) : false;
  const download = query.get("download") === "1";
  const file = await getServableFile(id, variant, pressAccess);
  if (file)
    return fileResponse(request, createFileStorage(), file, {
      variant,
      download,
      cacheControl: pressToken ? PRESS_CACHE : PUBLIC_CACHE,
    });
  const draft = (await isEditor()) ? await getFileForEditor(id) : null;
  if (!draft) return new Response("Not found", { status: 404 });
  return fileResponse(request, createFileStorage(), draft, { variant, download, cacheControl: EDITOR_CACHE });
}

export const HEAD = GET;
