// How much a request body may hold, decided from the request line and headers before a byte of the
// body is read (the portal's server applies it; nginx applies the same sizes in front of it).

const KB = 1024;
const MB = 1024 * KB;

/** Public forms, the JSON API, sign-in: small. */
export const PUBLIC_BODY_LIMIT = 64 * KB;
/** The admin area takes uploads and imports: the largest file lib/uploads accepts plus the form around it. */
export const ADMIN_BODY_LIMIT = 41 * MB;

const ADMIN_PATH = /^\/(?:en\/)?admin(?:\/|$)|^\/api\/admin\//;
/** A speaker's upload page (lib/materials): its signed link, not a session, allows an upload. */
const SPEAKER_UPLOAD_PATH = /^\/(?:en\/)?tai-lieu\/gui\/([^/]+)$/;

/**
 * `needsSession`: a body larger than any public form, which only a signed-in organiser may send;
 * `speakerToken`: the same, sent to a speaker's upload page, allowed only with a valid link.
 */
export type BodyScreening = { ok: true; needsSession: boolean; speakerToken?: string } | { ok: false; status: 411 | 413; message: string };

function bodyLimitFor(pathname: string): number {
  return ADMIN_PATH.test(pathname) || SPEAKER_UPLOAD_PATH.test(pathname) ? ADMIN_BODY_LIMIT : PUBLIC_BODY_LIMIT;
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
 * An upload (larger than any public form) is only read for a signed-in user: the server checks the
 * session cookie before reading it, the action checks the permission after.
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
    ? { ok: false, status: 413, message: `Nội dung quá lớn (tối đa ${Math.round(limit / KB)} KB). / Request body too large (at most ${Math.round(limit / KB)} KB).` }
    : length > PUBLIC_BODY_LIMIT
      ? largeBody(pathname)
      : { ok: true, needsSession: false };
}
