/** A generated file: its bytes or text, its media type and the name the browser saves it under. */
export type DownloadFile = { content: Buffer | string; type: string; fileName: string };

/** A file for the browser to save (or, `inline`, to show): private, never cached by a proxy, never indexed. */
export function fileResponse({ content, type, fileName }: DownloadFile, { inline = false }: { inline?: boolean } = {}): Response {
  const body = typeof content === "string" ? content : new Uint8Array(content);
  return new Response(body, {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}
