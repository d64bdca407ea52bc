import { Zip, ZipPassThrough } from "fflate";
import { ZIP_ENTRY_ORIGIN } from "@/lib/exports/zip-origin";

// A ZIP archive streamed as it is written: each entry's bytes are read from storage only when the
// client is ready for more, so the whole kit never sits in memory. Entries are stored, not
// compressed: PDFs, JPEGs, PNGs and ZIPs are compressed already.

export type ZipEntry = { name: string; modified: Date; open: () => Promise<ReadableStream<Uint8Array> | null> };

/** Names unique inside the archive: a second "logo.png" becomes "logo (2).png". */
export function uniqueEntryNames(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const count = (seen.get(name.toLowerCase()) ?? 0) + 1;
    seen.set(name.toLowerCase(), count);
    return count === 1 ? name : name.replace(/(\.[^./]*)?$/, (extension) => ` (${count})${extension}`);
  });
}

export function zipStream(entries: readonly ZipEntry[]): ReadableStream<Uint8Array> {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const zip = new Zip((error, chunk, final) => {
    if (error) return controller.error(error);
    produced += 1;
    controller.enqueue(chunk);
    if (final) controller.close();
  });
  const queue = [...entries];
  let current: { entry: ZipPassThrough; reader: ReadableStreamDefaultReader<Uint8Array> } | null = null;

  let produced = 0;
  let finished = false;

  /** Advances by one chunk, or opens the next entry, or ends the archive. */
  async function step(): Promise<void> {
    if (!current) {
      const next = queue.shift();
      if (!next) {
        finished = true;
        return zip.end();
      }
      const body = await next.open();
      const entry = new ZipPassThrough(next.name);
      entry.mtime = next.modified;
      entry.os = ZIP_ENTRY_ORIGIN.os;
      entry.attrs = ZIP_ENTRY_ORIGIN.attrs;
      zip.add(entry);
      if (!body) return entry.push(new Uint8Array(), true);
      current = { entry, reader: body.getReader() };
    }
    const { done, value } = await current.reader.read();
    if (done) {
      current.entry.push(new Uint8Array(), true);
      current = null;
    } else {
      current.entry.push(value);
    }
  }

  return new ReadableStream<Uint8Array>({
    start(streamController) {
      controller = streamController;
    },
    // Called whenever the consumer wants more. A stream only calls pull again after something was
    // enqueued, so keep stepping until a chunk came out (headers of an empty entry may produce none).
    async pull() {
      const before = produced;
      while (produced === before && !finished) await step();
    },
    cancel(reason) {
      void current?.reader.cancel(reason);
      zip.terminate();
    },
  });
}
