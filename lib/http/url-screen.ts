import { URL_INPUT_MESSAGES, cleanedQuery, pathProblem, queryProblem } from "./url-input";

/** What the server does with a request's URL before Next sees it. */
type UrlScreening =
  | { action: "pass" }
  | { action: "rewrite"; url: string }
  | { action: "respond"; status: 400 | 404; body: { error: string } };

const NOT_FOUND_BODY = { error: "Không tìm thấy. / Not found." };

/**
 * Route handlers under /api get a JSON 400 or 404; a page with a path that is not clean text is
 * rewritten to an address no route serves, so the localized 404 page answers it (Next would decode
 * the segment itself and fail with a 500); a page's query is cleaned.
 */
export function screenRequestUrl(rawUrl: string): UrlScreening {
  const queryStart = rawUrl.indexOf("?");
  const pathname = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const query = new URLSearchParams(queryStart === -1 ? "" : rawUrl.slice(queryStart + 1));
  const isApi = pathname.startsWith("/api/");
  if (pathProblem(pathname)) {
    if (isApi) return { action: "respond", status: 404, body: NOT_FOUND_BODY };
    return { action: "rewrite", url: pathname.startsWith("/en/") ? "/en/not-found" : "/not-found" };
  }
  const problem = isApi ? queryProblem(query) : null;
  if (problem) return { action: "respond", status: 400, body: { error: URL_INPUT_MESSAGES[problem] } };
  const cleaned = cleanedQuery(query);
  return cleaned ? { action: "rewrite", url: `${pathname}?${cleaned.toString()}` } : { action: "pass" };
}
