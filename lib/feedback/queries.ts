import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { findReportEditionIn } from "@/lib/report/narrative-queries";
import { findSurveyIn, loadEditionFeedbackIn } from "./survey-queries";
import { checkInIdOfSurvey } from "./link";

/** What a survey link opens, or null when the link is not one the portal sent. */
export async function getSurvey(token: string) {
  const checkInId = checkInIdOfSurvey(token);
  return checkInId ? findSurveyIn(db, checkInId) : null;
}

/** The current edition's feedback, per session, for the organisers. */
export async function getEditionFeedback(locale: Locale) {
  await requirePermission("reports:edit", { locale, returnTo: localizedPath(locale, "/admin/feedback") });
  const edition = await findReportEditionIn(db);
  if (!edition) return null;
  return { edition, sessions: await loadEditionFeedbackIn(db, edition.id) };
}
