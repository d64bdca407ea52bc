import "server-only";
import { recordAudit } from "@/lib/audit/store";
import { recordExport } from "@/lib/audit/exports-store";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { DownloadFile } from "@/lib/http/download";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { findAccreditedJournalist } from "@/lib/press/media-access-queries";
import { z } from "@/lib/zod";
import { exportAccreditationData, exportApplicationData } from "./person-export-queries";

// "Download this person's data" (a subject access request): organisers with privacy:manage on the
// press list and an exhibitor application's page, and a journalist from their own media link. Every
// download is audited as `person.export`.

const target = z.uuid();

type PersonKind = "accreditation" | "application";

const SOURCES = {
  accreditation: { entityType: "PressAccreditation", read: exportAccreditationData, returnTo: "/admin/press", prefix: "bao-chi" },
  application: { entityType: "ExhibitorApplication", read: exportApplicationData, returnTo: "/admin/booths/applications", prefix: "gian-hang" },
} as const;

function jsonFile(data: unknown, fileName: string): DownloadFile {
  return { content: `${JSON.stringify(data, null, 2)}\n`, type: "application/json; charset=utf-8", fileName };
}

/** The person's data for an organiser; null for an unknown or anonymised record. */
export async function downloadPersonData(locale: Locale, kind: PersonKind, id: string): Promise<DownloadFile | null> {
  const source = SOURCES[kind];
  const user = await requirePermission("privacy:manage", { locale, returnTo: localizedPath(locale, source.returnTo) });
  const parsed = target.safeParse(id);
  if (!parsed.success) return null;
  try {
    const data = await source.read(db, parsed.data);
    await recordExport(user.id, { action: "person.export", entityType: source.entityType, entityId: parsed.data }, { format: "json", by: "organiser" });
    return jsonFile(data, `du-lieu-${source.prefix}-${parsed.data.slice(0, 8)}.json`);
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** The journalist's own data, behind their signed media link; null for a link that no longer works. */
export async function downloadOwnPressData(token: string): Promise<DownloadFile | null> {
  if (token.length > 300) return null;
  const journalist = await findAccreditedJournalist(db, token);
  if (!journalist) return null;
  const accreditation = await db.pressAccreditation.findUniqueOrThrow({ where: { passCode: journalist.passCode }, select: { id: true } });
  const data = await exportAccreditationData(db, accreditation.id);
  await recordAudit(db, { userId: null, action: "person.export", entityType: "PressAccreditation", entityId: accreditation.id, after: { format: "json", by: "self" } });
  return jsonFile(data, `du-lieu-cua-toi-${journalist.passCode}.json`);
}
