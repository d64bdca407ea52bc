import { getTranslator } from "@/lib/i18n/translator";
import { uploadTypeOfMime } from "@/lib/uploads/detect";
import { downloadName } from "@/lib/uploads/rules";
import type { FileStorage } from "@/lib/uploads/storage";
import type { KitSessionMaterials } from "@/lib/materials/session-queries";
import type { MediaKit } from "./kit-queries";
import { uniqueEntryNames, type ZipEntry } from "./zip";

// What goes into "download everything": every published asset in a folder per kind (named in
// Vietnamese, like the Week's documents), the video links as a text file, the documents generated
// from the edition's data (fact sheet, programme) in their kind's folder beside the organisers' uploads,
// and the sessions' materials in a folder per session (their links in a text file there).

const kinds = getTranslator("vi", "mediaKind");

export type GeneratedDocument = { kind: "FACT_SHEET" | "PROGRAMME"; name: string; render: () => Promise<Uint8Array> };

type Options = {
  /** Accredited journalists get the originals of large photos; everyone else their web-size copies. */
  fullResolution: boolean;
  /** Generated documents (fact sheets, programmes), each rendered when the archive reaches it. */
  documents: GeneratedDocument[];
  now: Date;
  /** Published sessions with materials; absent, the archive holds the media kit alone. */
  sessions?: KitSessionMaterials[];
};

const MATERIALS_FOLDER = "Tài liệu các hoạt động";
const LINKS_FILE = "Đường dẫn video.txt";

/** A session's title as a folder name: no path separators or characters Windows refuses, not too long. */
function folderName(title: string): string {
  const clean = title.normalize("NFC").replace(/[\\/:*?"<>|“”\u0000-\u001f]/g, "").replace(/\s+/g, " ").trim();
  return (clean.length > 80 ? clean.slice(0, 80).replace(/\s+\S*$/, "") : clean) || "Hoạt động";
}

function sessionEntries(sessions: KitSessionMaterials[], storage: FileStorage, keys: Map<string, { storageKey: string }>) {
  return sessions.flatMap((session, index) => {
    const folder = `${MATERIALS_FOLDER}/${String(index + 1).padStart(2, "0")} ${folderName(session.title)}`;
    const files = session.materials.flatMap((material) => {
      const stored = material.file && keys.get(material.file.id);
      if (!material.file || !stored) return [];
      return [{ path: `${folder}/${downloadName(material.file.originalName, uploadTypeOfMime(material.file.mimeType) ?? "pdf")}`, modified: material.createdAt, open: () => storage.get(stored.storageKey) }];
    });
    const links = session.materials.filter((material) => material.url);
    if (links.length === 0) return files;
    const text = links.map((link) => `${link.title}\r\n${link.url}\r\n`).join("\r\n");
    const modified = new Date(Math.max(...links.map((link) => link.createdAt.getTime())));
    return [...files, { path: `${folder}/${LINKS_FILE}`, modified, open: async () => streamOf(new TextEncoder().encode(text)) }];
  });
}

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
  const assetFiles = kit.assets.flatMap((asset) => {
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
  const all = [...documents, ...assetFiles, ...sessionEntries(options.sessions ?? [], storage, keys)];
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
