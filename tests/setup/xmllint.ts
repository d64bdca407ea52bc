import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The C3VOC schedule.xml XSD (validator/xsd/schedule.xml.xsd of github.com/voc/schedule), kept in the repository.
const FRAB_XSD = path.resolve(import.meta.dirname, "../fixtures/frab-schedule.xml.xsd");

/** Validates a schedule.xml with Debian's xmllint (libxml2-utils); `errors` is xmllint's report. */
export function validateFrabXml(xml: string): { valid: boolean; errors: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "frab-xml-"));
  try {
    const file = path.join(dir, "schedule.xml");
    writeFileSync(file, xml, "utf8");
    const result = spawnSync("xmllint", ["--noout", "--schema", FRAB_XSD, file], { encoding: "utf8" });
    if (result.error) throw result.error;
    return { valid: result.status === 0, errors: result.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
