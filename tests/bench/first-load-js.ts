import { gzipSync } from "node:zlib";

export type FirstLoadJavaScript = { files: number; gzipBytes: number; largest: { url: string; gzipBytes: number }[] };

/**
 * The JavaScript a modern browser downloads to show a page: every external `<script src>` and every
 * script preload in its HTML, each counted gzip-compressed, plus
 * the largest files for diagnosis. `noModule` scripts (Next's legacy polyfills, 39 kB) are left out:
 * browsers that run modules, every browser the portal supports, never download them.
 */
export async function measureFirstLoadJavaScript(baseUrl: string, html: string): Promise<FirstLoadJavaScript> {
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]).filter((tag) => !/\snoModule\b/i.test(tag));
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)].map((match) => match[0]).filter((tag) => /\sas="script"|\srel="modulepreload"/.test(tag));
  const sources = [
    ...new Set([
      ...scripts.flatMap((tag) => tag.match(/\ssrc="([^"]+)"/)?.[1] ?? []),
      ...preloads.flatMap((tag) => tag.match(/\shref="([^"]+)"/)?.[1] ?? []),
    ]),
  ];
  const sizes = await Promise.all(
    sources.map(async (source) => {
      const url = new URL(source.replaceAll("&amp;", "&"), baseUrl).toString();
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return { url, gzipBytes: gzipSync(Buffer.from(await response.arrayBuffer())).length };
    }),
  );
  return {
    files: sizes.length,
    gzipBytes: sizes.reduce((sum, file) => sum + file.gzipBytes, 0),
    largest: [...sizes].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5),
  };
}
