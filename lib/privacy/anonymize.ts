import { toAuditJson } from "@/lib/audit/record";
import type { Prisma } from "@/lib/generated/prisma/client";
import { redactPersonal } from "./rules";

// Removing a person's data while keeping what the Week's figures need: the row stays (its code, group,
// seats, check-in times), the personal values go, and so do their copies in the audit log (the event
// stays, with who did it and when). Used by the retention run and by erasure on request.

type Tx = Prisma.TransactionClient;

/** The audit records of these rows keep their event, with every personal value replaced. */
export async function redactAuditOf(tx: Tx, entityType: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx.auditLog.findMany({
    where: { entityType, entityId: { in: ids } },
    select: { id: true, before: true, after: true },
  });
  for (const row of rows) {
    await tx.auditLog.update({
      where: { id: row.id },
      data: {
        before: toAuditJson(redactPersonal(row.before)) ?? undefined,
        after: toAuditJson(redactPersonal(row.after)) ?? undefined,
      },
    });
  }
  return rows.length;
}

export async function anonymizeRegistrations(tx: Tx, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const { count } = await tx.registration.updateMany({
    where: { id: { in: ids }, status: { not: "ERASED" } },
    data: {
      status: "ERASED",
      fullName: null,
      position: null,
      organization: null,
      email: null,
      phone: null,
      province: null,
      manageTokenHash: null,
      erasedAt: now,
    },
  });
  await tx.consent.updateMany({ where: { registrationId: { in: ids }, withdrawnAt: null }, data: { withdrawnAt: now } });
  await redactAuditOf(tx, "Registration", ids);
  return count;
}

export async function anonymizeAccreditations(tx: Tx, ids: string[], now: Date): Promise<number> {
  let count = 0;
  for (const id of ids) {
    // The e-mail is unique per edition: an address that names no one keeps it so.
    const { count: changed } = await tx.pressAccreditation.updateMany({
      where: { id, anonymizedAt: null },
      data: { fullName: "", cardNumber: "", email: `erased-${id}@invalid`, phone: "", decisionNote: null, anonymizedAt: now },
    });
    count += changed;
  }
  await redactAuditOf(tx, "PressAccreditation", ids);
  return count;
}

export async function anonymizeApplications(tx: Tx, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  const { count } = await tx.exhibitorApplication.updateMany({
    where: { id: { in: ids }, anonymizedAt: null },
    data: { contactName: "", email: "", phone: "", publicEmail: null, publicPhone: null, publicWebsite: null, anonymizedAt: now },
  });
  await redactAuditOf(tx, "ExhibitorApplication", ids);
  return count;
}
