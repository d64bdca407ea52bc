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
