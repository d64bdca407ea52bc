import { gzipSync } from "node:zlib";

export type FirstLoadJavaScript = { files: number; gzipBytes: number; largest: { url: string; gzipBytes: number }[] };

/**
 * The JavaScript a browser downloads to show a page: every external `<script src>` in its HTML, each
 * counted gzip-compressed (what the budget of issue 3 is about), plus the largest files for diagnosis.
 */
export async function measureFirstLoadJavaScript(baseUrl: string, html: string): Promise<FirstLoadJavaScript> {
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]!))];
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
