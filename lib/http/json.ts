/** JSON responses for route handlers; every error body has the same shape so clients can rely on it. */
export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  const headers = new Headers(init.headers);
  headers.set("Content-Type", "application/json; charset=utf-8");
  return new Response(JSON.stringify(body), { ...init, headers });
}

export function jsonError(status: number, message: string, extra: Record<string, unknown> = {}, init: ResponseInit = {}): Response {
  return jsonResponse({ error: message, ...extra }, { ...init, status });
}

export function notFoundJson(message = "Not found"): Response {
  return jsonError(404, message);
}
