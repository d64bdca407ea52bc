import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { findNarrativeIn } from "./narrative-queries";
import type { ReportNarrative } from "./schema";

// Writes of the results report: its header and narrative, one row per edition, audited with what it was before.

export async function saveNarrative(database: Database, editionId: string, input: ReportNarrative, actor: Actor) {
  await database.$transaction(async (tx) => {
    const before = await findNarrativeIn(tx, editionId);
    await tx.editionReport.upsert({
      where: { editionId },
      create: { editionId, ...input, updatedById: actor.userId },
      update: { ...input, updatedById: actor.userId },
    });
    await recordAudit(tx, { userId: actor.userId, action: "report.save", entityType: "EditionReport", entityId: editionId, before, after: input, ip: actor.ip });
  });
}
