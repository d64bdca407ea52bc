import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import * as store from "./store";

export async function listEditionsForAdmin() {
  await requirePermission("editions:edit");
  return store.listEditions(db);
}

export async function findEditionForAdmin(year: number) {
  await requirePermission("editions:edit");
  return store.findEditionByYear(db, year);
}

export async function findEditionDeletionForAdmin(id: string) {
  await requirePermission("editions:edit");
  return store.findEditionDeletion(db, id);
}

/** The published contacts of an edition, for the contacts form. */
export async function findEditionContactsForAdmin(editionId: string) {
  await requirePermission("editions:edit");
  return db.editionContact.findMany({ where: { editionId }, select: { kind: true, name: true, phone: true, email: true } });
}
