import type { Database } from "@/lib/db-client";
import type { MaterialKind } from "./schema";

// Reads of session materials; `database` is a parameter so that tests run on their own database.

export type SessionMaterialView = {
  id: string;
  kind: MaterialKind;
  title: string;
  url: string | null;
  file: { id: string; originalName: string; mimeType: string; sizeBytes: number } | null;
};

export const materialSelect = {
  id: true,
  kind: true,
  title: true,
  url: true,
  file: { select: { id: true, originalName: true, mimeType: true, sizeBytes: true } },
} as const;

export async function listMaterialsIn(database: Database, sessionId: string): Promise<SessionMaterialView[]> {
  return database.sessionMaterial.findMany({ where: { sessionId }, select: materialSelect, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
}

/** The session a speaker's link opens: its title and when it took place, if it still exists. */
export async function findSessionForSpeakerIn(database: Database, sessionId: string) {
  return database.session.findFirst({
    where: { id: sessionId, status: "PUBLISHED" },
    select: { id: true, slug: true, title: true, startsAt: true, edition: { select: { year: true } } },
  });
}

export type KitSessionMaterials = { slug: string; title: string; materials: (SessionMaterialView & { createdAt: Date })[] };

/** The published sessions of an edition that have materials, in programme order, for the media kit's ZIP. */
export async function readPublishedSessionMaterials(database: Database, editionId: string): Promise<KitSessionMaterials[]> {
  const sessions = await database.session.findMany({
    where: { editionId, status: "PUBLISHED", materials: { some: {} } },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    select: { slug: true, title: true, materials: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { ...materialSelect, createdAt: true } } },
  });
  return sessions;
}
