import { getTranslator } from "@/lib/i18n/translator";
import { uploadTypeOfMime } from "@/lib/uploads/detect";
import { downloadName } from "@/lib/uploads/rules";
import type { FileStorage } from "@/lib/uploads/storage";
import type { MediaKit } from "./data";
import { uniqueEntryNames, type ZipEntry } from "./zip";

// What goes into "download everything": every published asset in a folder per kind (named in
// Vietnamese, like the Week's documents), the video links as a text file, and the documents generated
// from the edition's data (fact sheet, programme) in their kind's folder, beside the organisers' uploads.

const kinds = getTranslator("vi", "mediaKind");

export type GeneratedDocument = { kind: "FACT_SHEET" | "PROGRAMME"; name: string; render: () => Promise<Uint8Array> };

type Options = {
  /** Accredited journalists get the originals of large photos; everyone else their web-size copies. */
  fullResolution: boolean;
  /** Generated documents (fact sheets, programmes), each rendered when the archive reaches it. */
  documents: GeneratedDocument[];
  now: Date;
};

const streamOf = (bytes: Uint8Array) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

export function mediaKitEntries(
  kit: MediaKit,
  storage: FileStorage,
  keys: Map<string, { storageKey: string; webKey: string | null }>,
  options: Options,
): ZipEntry[] {
  const files = kit.assets.flatMap((asset) => {
    const file = asset.file;
    const stored = file && keys.get(file.id);
    if (!file || !stored) return [];
    const type = uploadTypeOfMime(file.mimeType) ?? "pdf";
    const useWebCopy = !options.fullResolution && stored.webKey !== null;
    const name = useWebCopy ? downloadName(file.originalName, "jpeg") : downloadName(file.originalName, type);
    const key = useWebCopy ? stored.webKey! : stored.storageKey;
    return [{ path: `${kinds(asset.kind)}/${name}`, modified: asset.createdAt, open: () => storage.get(key) }];
  });
  const documents = options.documents.map((document) => ({
    path: `${kinds(document.kind)}/${document.name}`,
    modified: options.now,
    open: async () => streamOf(await document.render()),
  }));
  const all = [...documents, ...files];
  // The generated documents come first, so that an upload of the same name is the one renamed.
  const names = uniqueEntryNames(all.map((file) => file.path));
  const entries: ZipEntry[] = all.map((file, index) => ({ name: names[index]!, modified: file.modified, open: file.open }));

  const videos = kit.assets.filter((asset) => asset.kind === "VIDEO_LINK" && asset.url);
  if (videos.length > 0) {
    const text = videos.map((video) => `${video.title}\r\n${video.url}\r\n`).join("\r\n");
    entries.push({
      name: `${kinds("VIDEO_LINK")}.txt`,
      modified: options.now,
      open: async () => streamOf(new TextEncoder().encode(text)),
    });
  }
  return entries;
}
