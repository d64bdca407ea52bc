import type { Database } from "@/lib/db-client";

// "Download my data" is built from sections, each reading one kind of record the portal holds about a
// delegate. A module that stores more about delegates (e.g. the e-mails sent to them) adds its section
// to REGISTRATION_EXPORT_SECTIONS, and the export carries it under its key.

type ExportSection = {
  /** The key of the section in the exported JSON. */
  key: string;
  read: (database: Database, registrationId: string) => Promise<unknown>;
};

/** Invitations this registration came from: the reply, and the substitute's details when they are the delegate's. */
const invitationReplies: ExportSection = {
  key: "invitationReplies",
  read: async (database, registrationId) => {
    const invitations = await database.invitation.findMany({
      where: { registrationId },
      orderBy: { issuedAt: "asc" },
      select: {
        year: true,
        number: true,
        register: { select: { symbol: true } },
        issuedAt: true,
        response: true,
        respondedAt: true,
        substituteName: true,
        substitutePosition: true,
        substituteEmail: true,
      },
    });
    return invitations.map(({ register, ...invitation }) => ({ ...invitation, register: register.symbol }));
  },
};

/** The history of the registration: each recorded change, with what it changed, and when. */
const changeHistory: ExportSection = {
  key: "history",
  read: async (database, registrationId) => {
    const rows = await database.auditLog.findMany({
      where: { entityType: "Registration", entityId: registrationId },
      orderBy: { createdAt: "asc" },
      select: { action: true, createdAt: true, before: true, after: true },
    });
    return rows.map((row) => ({ action: row.action, at: row.createdAt, before: row.before, after: row.after }));
  },
};

const REGISTRATION_EXPORT_SECTIONS: ExportSection[] = [invitationReplies, changeHistory];

/** Every section's data for one registration, by key. */
export async function readExportSections(
  database: Database,
  registrationId: string,
  sections: readonly ExportSection[] = REGISTRATION_EXPORT_SECTIONS,
): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    sections.map(async (section) => [section.key, await section.read(database, registrationId)] as const),
  );
  return Object.fromEntries(entries);
}
