import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * The paths of the files Debian's Info-ZIP `unzip` extracts from `zip`, under a UTF-8 locale as on a
 * Debian desktop or server: what a journalist or an organiser sees once the archive is unpacked.
 */
export function unzipWithInfoZip(zip: Uint8Array): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "info-zip-"));
  try {
    const file = path.join(dir, "archive.zip");
    writeFileSync(file, zip);
    const out = path.join(dir, "out");
    const env = { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" };
    const result = spawnSync("unzip", ["-q", file, "-d", out], { encoding: "utf8", env });
    if (result.error) throw result.error;
    if (result.status !== 0) throw new Error(`unzip failed (${result.status}): ${result.stderr}`);
    return readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)))
      .sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The "version made by" host (0 MS-DOS, 3 Unix) and UTF-8 flag of every central directory entry. */
export function centralDirectoryEntries(zip: Uint8Array): { host: number; utf8: boolean }[] {
  const bytes = Buffer.from(zip);
  const entries: { host: number; utf8: boolean }[] = [];
  for (let at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4)) {
    entries.push({ host: bytes[at + 5]!, utf8: (bytes.readUInt16LE(at + 8) & 0x0800) !== 0 });
  }
  return entries;
}
