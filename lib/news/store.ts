import "server-only";
import { recordAudit, type UserActor } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { isUniqueViolation } from "@/lib/errors";
import type { NewsInput } from "./schema";
import { currentEdition } from "@/lib/editions/current-queries";

// Organisers' writes on announcements; each change and its audit record are committed together.


type SaveNewsResult = { ok: true; id: string } | { ok: false; reason: "no-edition" | "slug-taken" | "not-found" };

function postData(input: NewsInput, now: Date) {
  return {
    title: input.title,
    titleEn: input.titleEn,
    slug: input.slug,
    body: input.body,
    status: input.publish ? ("PUBLISHED" as const) : ("DRAFT" as const),
    // Published without a date: from now on. A date in the future schedules it.
    publishAt: input.publishAt ?? (input.publish ? now : null),
  };
}

/** Creates an announcement of the current edition (`id` null) or updates one. */
export async function saveNewsPost(
  database: Database,
  id: string | null,
  input: NewsInput,
  actor: UserActor,
  now = new Date(),
): Promise<SaveNewsResult> {
  try {
    return await database.$transaction(async (tx): Promise<SaveNewsResult> => {
      const before = id ? await tx.newsPost.findUnique({ where: { id } }) : null;
      if (id && !before) return { ok: false, reason: "not-found" };
      const editionId = before?.editionId ?? (await currentEdition(tx, "admin"))?.id;
      if (!editionId) return { ok: false, reason: "no-edition" };
      const data = postData(input, now);
      const after = before
        ? await tx.newsPost.update({
            where: { id: before.id },
            data: { ...data, publishAt: input.publishAt ?? (input.publish ? (before.publishAt ?? now) : null) },
          })
        : await tx.newsPost.create({ data: { ...data, editionId, authorId: actor.userId } });
      await recordAudit(tx, {
        userId: actor.userId,
        ip: actor.ip,
        action: before ? "news.update" : "news.create",
        entityType: "NewsPost",
        entityId: after.id,
        before,
        after,
      });
      return { ok: true, id: after.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "slug-taken" };
    throw error;
  }
}

export async function deleteNewsPost(database: Database, id: string, actor: UserActor): Promise<boolean> {
  return database.$transaction(async (tx) => {
    const before = await tx.newsPost.findUnique({ where: { id } });
    if (!before) return false;
    await tx.newsPost.delete({ where: { id } });
    await recordAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "news.delete",
      entityType: "NewsPost",
      entityId: id,
      before,
    });
    return true;
  });
}
