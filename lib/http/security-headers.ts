// Headers every response carries: set by next.config.ts on what Next serves and by the portal's server
// (scripts/serve.ts) on what it answers itself.

/** HSTS only where the portal is served over HTTPS: a plain-HTTP local run must stay reachable. */
export function securityHeaders(publicBaseUrl: string | undefined): { key: string; value: string }[] {
  const headers = [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
  ];
  if (publicBaseUrl?.startsWith("https://")) headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  return headers;
}
