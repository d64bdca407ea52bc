import type { Database } from "@/lib/db-client";
import { recordAudit, type Actor } from "@/lib/audit/store";
import { anonymizeAccreditations, anonymizeApplications, scrubAuditValues } from "./anonymize-store";

// Erasure on request for people who have no self-service page: a journalist (press accreditation) or
// an exhibitor's contact person (application) asks the organisers, who erase the record. The row stays,
// anonymous, for the figures; the erasure itself is audited without any of the erased values.

export type ErasureResult = { ok: true } | { ok: false; reason: "not-found" | "already-erased" };

export async function eraseAccreditation(database: Database, id: string, actor: Actor): Promise<ErasureResult> {
  return database.$transaction(async (tx) => {
    const row = await tx.pressAccreditation.findUnique({
      where: { id },
      select: { fullName: true, email: true, phone: true, cardNumber: true, anonymizedAt: true },
    });
    if (!row) return { ok: false, reason: "not-found" } as const;
    if (row.anonymizedAt) return { ok: false, reason: "already-erased" } as const;
    const now = new Date();
    await scrubAuditValues(tx, [row.fullName, row.email, row.phone, row.cardNumber]);
    await anonymizeAccreditations(tx, [id], now);
    await recordAudit(tx, {
      ...actor,
      action: "accreditation.erase",
      entityType: "PressAccreditation",
      entityId: id,
      after: { anonymizedAt: now },
    });
    return { ok: true } as const;
  });
}

export async function eraseApplication(database: Database, id: string, actor: Actor): Promise<ErasureResult> {
  return database.$transaction(async (tx) => {
    const row = await tx.exhibitorApplication.findUnique({
      where: { id },
      select: { contactName: true, email: true, phone: true, anonymizedAt: true },
    });
    if (!row) return { ok: false, reason: "not-found" } as const;
    if (row.anonymizedAt) return { ok: false, reason: "already-erased" } as const;
    const now = new Date();
    await scrubAuditValues(tx, [row.contactName, row.email, row.phone]);
    await anonymizeApplications(tx, [id], now);
    await recordAudit(tx, {
      ...actor,
      action: "application.erase",
      entityType: "ExhibitorApplication",
      entityId: id,
      after: { anonymizedAt: now },
    });
    return { ok: true } as const;
  });
}
