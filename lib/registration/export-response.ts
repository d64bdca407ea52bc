import type { ExportFile } from "./admin-exports";

/** A generated file as the HTTP answer: never cached, downloaded (`attachment`) or shown (`inline`). */
export function fileResponse(file: ExportFile, disposition: "attachment" | "inline" = "attachment"): Response {
  return new Response(typeof file.body === "string" ? file.body : new Uint8Array(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `${disposition}; filename="${file.filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
