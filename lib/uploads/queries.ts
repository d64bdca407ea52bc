import "server-only";
import { db } from "@/lib/db";
import type { FileVariant } from "./serve";
import { findFileForEditor, findServableFile } from "./access-queries";

/** A stored file if this variant of it is public (see findServableFile). */
export function getServableFile(id: string, variant: FileVariant, pressAccess: boolean) {
  return findServableFile(db, id, variant, pressAccess);
}

/** Any stored file, drafts included, for a signed-in organiser who edits them; the caller checks the role. */
export function getFileForEditor(id: string) {
  return findFileForEditor(db, id);
}
