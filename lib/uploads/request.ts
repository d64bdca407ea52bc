import "server-only";
import { can, type Capability } from "@/lib/auth/roles";
import { getCurrentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/session-token";
import { env } from "@/lib/env";
import type { ActionState } from "@/lib/forms/action-state";
import { UPLOAD_BODY_LIMIT } from "@/lib/http/body-limit";
import { requestClientAddress } from "@/lib/http/client-address";
import { isCrossSiteRequest } from "@/lib/http/request";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { formatFileSize } from "./rules";

// The upload routes: who may send a file is decided from the request's headers before a byte of its
// body is read, and the body is counted as it arrives, so an oversized or unwanted upload costs the
// server nothing but the refusal. Each answers in the shape of a form's ActionState, as JSON.

type Refusal = { ok: false; response: Response };

/** The language of the answer: the `locale` query parameter the admin forms add, Vietnamese otherwise. */
export function uploadLocale(request: Request): Locale {
  const locale = new URL(request.url).searchParams.get("locale");
  return locale && isLocale(locale) ? locale : defaultLocale;
}

/** A JSON answer in the form's shape: 200 for a success, the given status for a refusal. */
export function uploadAnswer(state: ActionState, refusedStatus = 422): Response {
  return Response.json(state, { status: state.status === "error" ? refusedStatus : 200, headers: { "cache-control": "no-store" } });
}

export function uploadRefusal(status: number, message: string): Response {
  return uploadAnswer({ status: "error", message, fieldErrors: {}, values: {} }, status);
}

/** A cross-site request is refused, whoever sent it: a form on another site must not post with the organiser's cookie. */
export function refuseCrossSite(request: Request): Refusal | null {
  if (!isCrossSiteRequest(request.headers, env.PUBLIC_BASE_URL)) return null;
  return { ok: false, response: uploadRefusal(403, getMessages(uploadLocale(request)).uploadRequest.crossSite) };
}

/** The signed-in user whose role grants `capability`; otherwise 401 (signed out) or 403, the body unread. */
export async function guardUpload(request: Request, capability: Capability): Promise<{ ok: true; user: SessionUser } | Refusal> {
  const crossSite = refuseCrossSite(request);
  if (crossSite) return crossSite;
  const t = getMessages(uploadLocale(request)).uploadRequest;
  const user = await getCurrentUser();
  if (!user) return { ok: false, response: uploadRefusal(401, t.signIn) };
  if (!can(user.role, capability)) return { ok: false, response: uploadRefusal(403, t.forbidden) };
  return { ok: true, user };
}

/** Who did it, for the audit log. */
export function uploadActor(request: Request, user: SessionUser | null) {
  return { userId: user?.id ?? null, ip: requestClientAddress(request.headers) };
}

/**
 * The multipart form of an upload, at most `maxBytes`: refused by its Content-Length before reading,
 * and counted while read, so a body sent without a length (chunked) or longer than it announced stops
 * at the first byte past the cap. Refusals are answered in the request's language.
 */
export async function readUploadForm(request: Request, maxBytes = UPLOAD_BODY_LIMIT): Promise<{ ok: true; formData: FormData } | Refusal> {
  const locale = uploadLocale(request);
  const t = getMessages(locale).uploadRequest;
  const tooLarge = () => ({ ok: false as const, response: uploadRefusal(413, formatMessage(t.tooLarge, { max: formatFileSize(maxBytes, locale) })) });
  const malformed = (status: number) => ({ ok: false as const, response: uploadRefusal(status, t.malformed) });
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data;/i.test(type)) return malformed(415);
  const declared = request.headers.get("content-length");
  if (declared !== null && !(Number(declared) <= maxBytes)) return tooLarge();
  if (!request.body) return malformed(400);
  const counter = countingStream(maxBytes);
  try {
    const formData = await new Response(request.body.pipeThrough(counter.stream), { headers: { "content-type": type } }).formData();
    return { ok: true, formData };
  } catch {
    return counter.isOver() ? tooLarge() : malformed(400);
  }
}

/** Passes bytes through until more than `maxBytes` came, then fails, which cancels the request's body. */
function countingStream(maxBytes: number) {
  let size = 0;
  const stream = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      size += chunk.byteLength;
      if (size > maxBytes) controller.error(new Error("upload over its cap"));
      else controller.enqueue(chunk);
    },
  });
  return { stream, isOver: () => size > maxBytes };
}
