import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { findReportEditionIn, narrativeOrDefaultIn } from "./narrative-queries";

/** What the results report screen shows: the current edition and the narrative saved for it. */
export async function getReportEditor(locale: Locale) {
  await requirePermission("reports:edit", { locale, returnTo: localizedPath(locale, "/admin/report") });
  const edition = await findReportEditionIn(db);
  if (!edition) return null;
  return { edition, narrative: await narrativeOrDefaultIn(db, edition) };
}
