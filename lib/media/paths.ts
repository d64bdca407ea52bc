/** Public address of a stored file; `size` picks a copy, `download` asks the browser to save it. */
export function filePath(fileId: string, options: { size?: "web" | "thumb"; download?: boolean; press?: string } = {}): string {
  const query = new URLSearchParams();
  if (options.size) query.set("size", options.size);
  if (options.download) query.set("download", "1");
  if (options.press) query.set("press", options.press);
  const search = query.toString();
  return `/api/v1/files/${fileId}${search ? `?${search}` : ""}`;
}

export const MEDIA_KIT_PATH = "/bao-chi";

export function mediaKitZipPath(year: number, press?: string): string {
  return `/api/v1/editions/${year}/media-kit.zip${press ? `?press=${encodeURIComponent(press)}` : ""}`;
}

/** The programme PDF of an edition, in Vietnamese or English. */
export function programmePdfPath(year: number, locale: "vi" | "en"): string {
  return `/api/v1/editions/${year}/programme.pdf${locale === "en" ? "?lang=en" : ""}`;
}

/** The one-page fact sheet of an edition (PDF), in Vietnamese or English. */
export function factSheetPath(year: number, locale: "vi" | "en"): string {
  return `/api/v1/editions/${year}/fact-sheet.pdf${locale === "en" ? "?lang=en" : ""}`;
}

/** File names of the generated documents, in downloads and in the ZIP. */
export function generatedDocumentName(document: "programme" | "factSheet", year: number, locale: "vi" | "en"): string {
  const base = { programme: { vi: "chuong-trinh", en: "programme" }, factSheet: { vi: "thong-tin-tom-tat", en: "fact-sheet" } }[document][locale];
  return `${base}-${year}.pdf`;
}
