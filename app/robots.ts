import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

/** Public pages are open to crawlers; the admin area and the APIs are not for indexes. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/admin", "/en/admin", "/api/"],
      },
    ],
    sitemap: new URL("/sitemap.xml", env.PUBLIC_BASE_URL).toString(),
  };
}
