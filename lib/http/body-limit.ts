// How much a request body may hold, decided from the request line and headers before a byte of the
// body is read (the portal's server applies it; nginx applies the same sizes in front of it).

const KB = 1024;
const MB = 1024 * KB;

/** Public forms, the JSON API, sign-in: small. */
export const PUBLIC_BODY_LIMIT = 64 * KB;
/**
 * The admin area's forms (Server Actions): the largest is an invitation import, a 900 kB file or the
 * 2,000 rows it accepted posted back as JSON. Files go to the upload routes below instead.
 */
export const ADMIN_BODY_LIMIT = 2 * MB;
/** The upload routes: the largest file lib/uploads accepts (40 MB) plus the form around it. */
export const UPLOAD_BODY_LIMIT = 41 * MB;

const ADMIN_PATH = /^\/(?:en\/)?admin(?:\/|$)|^\/api\/admin\//;
/** The organisers' upload routes (media kit, booth pictures, session materials). */
const ADMIN_UPLOAD_PATH = /^\/api\/admin\/(?:media\/files|booths\/[^/]+\/images|sessions\/[^/]+\/materials)$/;
/** A speaker's upload route (lib/materials): its signed link, not a session, allows an upload. */
const SPEAKER_UPLOAD_PATH = /^\/api\/speaker-materials\/([^/]+)$/;

/**
 * `needsSession`: a body larger than any public form, which only a signed-in organiser may send;
 * `speakerToken`: the same, sent to a speaker's upload route, allowed only with a valid link.
 */
type BodyScreening = { ok: true; needsSession: boolean; speakerToken?: string } | { ok: false; status: 411 | 413; message: string };

/** Whether the path is one of the upload routes, whose handlers read their body with a cap of their own. */
export function isUploadPath(pathname: string): boolean {
  return ADMIN_UPLOAD_PATH.test(pathname) || SPEAKER_UPLOAD_PATH.test(pathname);
}

function bodyLimitFor(pathname: string): number {
  if (isUploadPath(pathname)) return UPLOAD_BODY_LIMIT;
  return ADMIN_PATH.test(pathname) ? ADMIN_BODY_LIMIT : PUBLIC_BODY_LIMIT;
}

function largeBody(pathname: string): BodyScreening {
  const speaker = SPEAKER_UPLOAD_PATH.exec(pathname);
  if (!speaker) return { ok: true, needsSession: true };
  let token = "";
  try {
    token = decodeURIComponent(speaker[1]!);
  } catch {
    // A malformed escape is no valid link: the empty token is refused like any other.
  }
  return { ok: true, needsSession: false, speakerToken: token };
}

/**
 * A body must announce its length (browsers always do for forms and fetch) and stay within the limit
 * of its path; a body streamed without a length is refused outright rather than counted as it comes.
 * A body larger than any public form is only read for a signed-in user (or a speaker's valid link):
 * the server checks the session cookie before reading it, the endpoint checks the permission itself.
 */
export function screenRequestBody(pathname: string, headers: { "content-length"?: string; "transfer-encoding"?: string }): BodyScreening {
  const declared = headers["content-length"];
  if (declared === undefined) {
    return headers["transfer-encoding"]
      ? { ok: false, status: 411, message: "Cần khai báo độ dài nội dung. / Content-Length is required." }
      : { ok: true, needsSession: false };
  }
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) return { ok: false, status: 413, message: "Nội dung không hợp lệ. / Invalid Content-Length." };
  const limit = bodyLimitFor(pathname);
  return length > limit
    ? { ok: false, status: 413, message: tooLargeMessage(limit) }
    : length > PUBLIC_BODY_LIMIT
      ? largeBody(pathname)
      : { ok: true, needsSession: false };
}

function tooLargeMessage(limit: number): string {
  const size = limit >= MB ? `${Math.round(limit / MB)} MB` : `${Math.round(limit / KB)} KB`;
  return `Nội dung quá lớn (tối đa ${size}). / Request body too large (at most ${size}).`;
}
