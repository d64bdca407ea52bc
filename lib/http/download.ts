/** A file for the browser to save or show: private, never cached by a proxy, never indexed. */
export function fileResponse(content: Buffer | string, { type, fileName, inline = false }: { type: string; fileName: string; inline?: boolean }): Response {
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
