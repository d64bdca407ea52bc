import { z } from "@/lib/zod";
import { renderQrPng } from "@/lib/tickets/qr";
import type { MailRenderer } from "./worker";

// Messages rendered when they were queued (lib/mail/store.ts queueRenderedMail): the text and HTML
// are in the row, a QR code is drawn at sending, so the row stays small.

const storedSchema = z.object({
  text: z.string(),
  html: z.string(),
  qr: z.object({ text: z.string(), filename: z.string(), cid: z.string() }).optional(),
});

const storedMail: MailRenderer = {
  async render(row) {
    const stored = storedSchema.parse(row.payload);
    const attachments = stored.qr
      ? [{ filename: stored.qr.filename, content: await renderQrPng(stored.qr.text), contentType: "image/png", cid: stored.qr.cid }]
      : undefined;
    return { subject: row.subject ?? "", text: stored.text, html: stored.html, attachments };
  },
};

/** The stored renderer for each of `kinds`. */
export function storedMailRenderers<Kind extends string>(kinds: readonly Kind[]): Record<Kind, MailRenderer> {
  return Object.fromEntries(kinds.map((kind) => [kind, storedMail])) as Record<Kind, MailRenderer>;
}
