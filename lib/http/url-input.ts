// The one check of what a URL carries before any page, route handler, decoder or query sees it
// (proxy.ts applies it to every request). PostgreSQL refuses NUL in text and a second
// percent-decoding throws on a stray "%", so both are stopped here rather than route by route.

/** C0 and C1 control characters: never part of a slug, a code or a search. */
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;
const HAS_CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** Longer than any slug, booth code or signed token the portal issues. */
const MAX_PATH_SEGMENT_LENGTH = 512;
/** Room for a sign-in return address; each schema (the feeds' q: 200) may allow less. */
const MAX_QUERY_VALUE_LENGTH = 1000;
const MAX_QUERY_PARAMETERS = 20;

type UrlInputProblem = "malformed-path" | "control-character" | "too-long" | "too-many-parameters";

/** `decodeURIComponent` without the throw: null for invalid percent-encoding or UTF-8. */
function decodePathSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The first problem among a pathname's segments, or null when each decodes to clean text. */
export function pathProblem(pathname: string): UrlInputProblem | null {
  for (const segment of pathname.split("/")) {
    if (segment.length > MAX_PATH_SEGMENT_LENGTH * 3) return "too-long";
    const decoded = decodePathSegment(segment);
    if (decoded === null) return "malformed-path";
    if (HAS_CONTROL_CHARACTER.test(decoded)) return "control-character";
    if (decoded.length > MAX_PATH_SEGMENT_LENGTH) return "too-long";
  }
  return null;
}

/** NFC text, cut at `maxLength`, without control characters: a pasted tab or line break becomes a space, the rest goes. */
function cleanText(value: string, maxLength = MAX_QUERY_VALUE_LENGTH): string {
  return value.normalize("NFC").replace(/[\t\n\v\f\r]/g, " ").replace(CONTROL_CHARACTERS, "").slice(0, maxLength);
}

/** The first problem among query values, for callers (the JSON API) that refuse rather than clean. */
export function queryProblem(searchParams: URLSearchParams): UrlInputProblem | null {
  let count = 0;
  for (const [key, value] of searchParams) {
    if (++count > MAX_QUERY_PARAMETERS) return "too-many-parameters";
    if (HAS_CONTROL_CHARACTER.test(key) || HAS_CONTROL_CHARACTER.test(value)) return "control-character";
    if (key.length > MAX_QUERY_VALUE_LENGTH || value.length > MAX_QUERY_VALUE_LENGTH) return "too-long";
  }
  return null;
}

/**
 * The query with every key and value cleaned (pages: a search with a stray control character still
 * searches), at most `MAX_QUERY_PARAMETERS` of them; null when nothing had to change.
 */
export function cleanedQuery(searchParams: URLSearchParams): URLSearchParams | null {
  const cleaned = new URLSearchParams();
  let changed = false;
  let count = 0;
  for (const [key, value] of searchParams) {
    if (++count > MAX_QUERY_PARAMETERS) {
      changed = true;
      break;
    }
    const cleanKey = cleanText(key);
    const cleanValue = cleanText(value);
    changed ||= cleanKey !== key || cleanValue !== value;
    cleaned.append(cleanKey, cleanValue);
  }
  return changed ? cleaned : null;
}

/** What a JSON client reads for each problem, in Vietnamese and English. */
export const URL_INPUT_MESSAGES: Record<UrlInputProblem, string> = {
  "malformed-path": "Đường dẫn không hợp lệ. / The path is not valid percent-encoded UTF-8.",
  "control-character":
    "Tham số chứa ký tự điều khiển không hợp lệ. / A parameter contains a control character.",
  "too-long": `Tham số quá dài (tối đa ${MAX_QUERY_VALUE_LENGTH} ký tự). / A parameter is too long (at most ${MAX_QUERY_VALUE_LENGTH} characters).`,
  "too-many-parameters": `Quá nhiều tham số (tối đa ${MAX_QUERY_PARAMETERS}). / Too many query parameters (at most ${MAX_QUERY_PARAMETERS}).`,
};
