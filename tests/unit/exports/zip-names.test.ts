import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ZIP_ENTRY_ORIGIN } from "@/lib/exports/zip-origin";
import { zipStream } from "@/lib/media/zip";
import { centralDirectoryEntries, unzipWithInfoZip } from "../../setup/unzip";

// Vietnamese names must survive every unzip: Debian's Info-ZIP `unzip` (checked here with the real
// binary), Windows Explorer and macOS (which read the UTF-8 flag, checked in the central directory).

const NAMES = ["Chương trình/chuong-trinh-2025.pdf", "Ảnh/Lễ khai mạc – Quảng Ngãi.jpg", "Đường dẫn video.txt"];
const bytesOf = (text: string) => new TextEncoder().encode(text);

async function streamedZip(names: string[]): Promise<Uint8Array> {
  const entries = names.map((name) => ({
    name,
    modified: new Date("2025-11-20T01:00:00Z"),
    open: async () => new Response(bytesOf(name)).body,
  }));
  return new Uint8Array(await new Response(zipStream(entries)).arrayBuffer());
}

describe("ZIP archives the portal writes", () => {
  it("unpack with their Vietnamese names intact in Info-ZIP unzip, declared as Unix entries with the UTF-8 flag (media kit)", async () => {
    const zip = await streamedZip(NAMES);
    expect(unzipWithInfoZip(zip)).toEqual([...NAMES].sort());
    expect(centralDirectoryEntries(zip)).toEqual(NAMES.map(() => ({ host: 3, utf8: true })));
  });

  it("do so when written in one piece too (invitations)", () => {
    const zip = zipSync(Object.fromEntries(NAMES.map((name) => [name, [bytesOf(name), { level: 0, ...ZIP_ENTRY_ORIGIN }]])));
    expect(unzipWithInfoZip(zip)).toEqual([...NAMES].sort());
    expect(centralDirectoryEntries(zip)).toEqual(NAMES.map(() => ({ host: 3, utf8: true })));
  });
});
