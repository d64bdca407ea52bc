import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { CATALOGUE_CAPABILITY, type CatalogueKind } from "./schema";
import * as store from "./store";

// The catalogue screens' reads; each checks the kind's permission itself.

export async function listCatalogue(kind: CatalogueKind, query?: string) {
  await requirePermission(CATALOGUE_CAPABILITY[kind]);
  return store.listCatalogue(db, kind, query);
}

export async function findCatalogueRecord(kind: CatalogueKind, id: string) {
  await requirePermission(CATALOGUE_CAPABILITY[kind]);
  return store.findCatalogueRecord(db, kind, id);
}
