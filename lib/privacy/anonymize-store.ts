import { toAuditJson } from "@/lib/audit/store";
import type { Prisma } from "@/lib/generated/prisma/client";
import { REDACTED, redactPersonal } from "./rules";

// Removing a person's data while keeping what the Week's figures need: the row stays (its code, group,
// seats, check-in times), the personal values go, and so do their copies in the audit log (the event
// stays, with who did it and when). Used by the retention run and by erasure on request.

type Tx = Prisma.TransactionClient;

/** The audit records of these rows keep their event, with every personal value replaced. */
async function redactAuditOf(tx: Tx, entityType: string, ids: string[]): Promise<number> {
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

/**
 * What an erased person leaves elsewhere: their check-ins keep the session (the counts) but lose the
 * time, the device's event id and the staff member; an invitation they answered as the substitute loses
 * the substitute's details (the invitee's own reply stays: it answers an official letter).
 */
async function removeTraces(tx: Tx, holder: "registration_id" | "accreditation_id", ids: string[]): Promise<void> {
  await tx.$executeRawUnsafe(
    `UPDATE check_ins AS c SET checked_in_at = s.starts_at, staff_user_id = NULL, client_event_id = NULL
     FROM sessions AS s WHERE s.id = c.session_id AND c.${holder} = ANY($1::uuid[])`,
    ids,
  );
  if (holder !== "registration_id") return;
  await tx.$executeRaw`
    UPDATE invitations AS i SET substitute_name = NULL, substitute_position = NULL, substitute_email = NULL
    FROM registrations AS r
    WHERE r.id = i.registration_id AND r.id = ANY(${ids}::uuid[])
      AND i.substitute_name IS NOT NULL
      AND (lower(i.substitute_email) = lower(r.email) OR i.substitute_name = r.full_name OR r.email IS NULL)`;
}

/**
 * Replaces a person's values wherever else the audit log quoted them, e.g. the search an organiser
 * typed before an export (`filters.q`). Whole values only (a name, an address, a phone as stored and as
 * dialled locally); values shorter than 6 characters are left, as they would hit unrelated records.
 */
export async function scrubAuditValues(tx: Tx, values: (string | null | undefined)[]): Promise<void> {
  const wanted = [...new Set(values.filter((value): value is string => typeof value === "string" && value.length >= 6))];
  for (const value of wanted) {
    // The value as it appears inside JSON text: quotes and backslashes escaped.
    const quoted = JSON.stringify(value).slice(1, -1);
    const replacement = JSON.stringify(REDACTED).slice(1, -1);
    await tx.$executeRaw`
      UPDATE audit_log
      SET before = CASE WHEN before::text LIKE '%' || ${quoted} || '%' THEN replace(before::text, ${quoted}, ${replacement})::jsonb ELSE before END,
          after = CASE WHEN after::text LIKE '%' || ${quoted} || '%' THEN replace(after::text, ${quoted}, ${replacement})::jsonb ELSE after END
      WHERE before::text LIKE '%' || ${quoted} || '%' OR after::text LIKE '%' || ${quoted} || '%'`;
  }
}

export async function anonymizeRegistrations(tx: Tx, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  // Before the row is emptied: the substitute is recognised by the registration's own name and e-mail.
  await removeTraces(tx, "registration_id", ids);
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
  await eraseEmptiedDelegations(tx, ids, now);
  return count;
}

/**
 * A delegation whose last member is erased has no purpose left: its registrant's details go too,
 * with the registrant's e-mail (it holds the delegation's link) and their copies in the audit log.
 */
async function eraseEmptiedDelegations(tx: Tx, registrationIds: string[], now: Date): Promise<void> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT DISTINCT d.id::text FROM delegations AS d JOIN registrations AS r ON r.delegation_id = d.id
    WHERE r.id = ANY(${registrationIds}::uuid[]) AND d.erased_at IS NULL
      AND NOT EXISTS (SELECT FROM registrations AS m WHERE m.delegation_id = d.id AND m.status <> 'ERASED')`;
  for (const row of rows) await anonymizeDelegation(tx, row.id, now);
}

/** Removes the registrant's details of one delegation; its members keep their own registrations. */
export async function anonymizeDelegation(tx: Tx, delegationId: string, now: Date): Promise<boolean> {
  const delegation = await tx.delegation.findUnique({
    where: { id: delegationId },
    select: { registrantName: true, registrantEmail: true, registrantPhone: true, erasedAt: true },
  });
  if (!delegation || delegation.erasedAt) return false;
  const { registrantName, registrantEmail, registrantPhone } = delegation;
  await scrubAuditValues(tx, [registrantName, registrantEmail, registrantPhone, registrantPhone?.replace(/^\+84/, "0")]);
  if (registrantEmail) await tx.outboxMessage.deleteMany({ where: { kind: "delegation.confirmation", recipient: registrantEmail } });
  await tx.delegation.update({
    where: { id: delegationId },
    data: { registrantName: null, registrantEmail: null, registrantPhone: null, organization: null, manageTokenHash: null, erasedAt: now },
  });
  return true;
}

export async function anonymizeAccreditations(tx: Tx, ids: string[], now: Date): Promise<number> {
  if (ids.length === 0) return 0;
  await removeTraces(tx, "accreditation_id", ids);
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
