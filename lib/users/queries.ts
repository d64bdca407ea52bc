import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import * as store from "./store";

export async function listUsers() {
  await requirePermission("users:manage");
  return store.listUsers(db);
}

export async function findUser(id: string) {
  await requirePermission("users:manage");
  return store.findUser(db, id);
}
