import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { AdminPanel } from "@/components/admin/panel";
import { getEditionFeedback } from "@/lib/feedback/queries";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { formatDate } from "@/lib/time/format";

export const generateMetadata = adminPageMetadata("adminFeedback");

export default async function FeedbackPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "adminFeedback");
  const feedback = await getEditionFeedback(locale);
  if (!feedback) return <AdminPageHeader title={t("title")} intro={t("noEdition")} />;
  const exportPath = (format: string) => `${localizedPath(locale, "/admin/feedback/export")}?format=${format}`;
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro", { edition: feedback.edition.name })}>
        <a href={exportPath("xlsx")} className="font-semibold text-brand-700 underline" download>
          {t("exportXlsx")}
        </a>
        <a href={exportPath("csv")} className="font-semibold text-brand-700 underline" download>
          {t("exportCsv")}
        </a>
      </AdminPageHeader>
      {feedback.sessions.length === 0 && <p>{t("empty")}</p>}
      <div className="grid gap-6">
        {feedback.sessions.map((session) => (
          <AdminPanel key={session.sessionId} title={`${session.title} (${formatDate(session.startsAt)})`}>
            <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
              <div>
                <dt className="text-sm font-semibold text-muted">{t("count")}</dt>
                <dd className="text-2xl font-bold text-brand-900 tabular-nums">{session.count}</dd>
              </div>
              <div>
                <dt className="text-sm font-semibold text-muted">{t("average")}</dt>
                <dd className="text-2xl font-bold text-brand-900 tabular-nums">{session.average?.toFixed(1) ?? "–"}</dd>
              </div>
            </dl>
            <table className="mt-4 w-full max-w-md text-left">
              <caption className="sr-only">{t("distribution")}</caption>
              <tbody>
                {session.distribution.map((count, index) => (
                  <tr key={index}>
                    <th scope="row" className="py-1 pr-3 font-semibold whitespace-nowrap">{t("stars", { stars: index + 1 })}</th>
                    <td className="w-full py-1">
                      <span className="block h-3 rounded bg-brand-700" style={{ width: `${session.count ? (count / session.count) * 100 : 0}%` }} aria-hidden="true" />
                    </td>
                    <td className="py-1 pl-3 text-right tabular-nums">{count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {session.comments.length > 0 && (
              <>
                <h3 className="mt-4 font-bold text-brand-900">{t("comments")}</h3>
                <ul className="mt-2 list-disc space-y-1 pl-5">
                  {session.comments.map((entry, index) => (
                    <li key={index}>
                      {entry.comment}
                      {entry.signedName && <span className="text-muted"> — {entry.signedName}</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </AdminPanel>
        ))}
      </div>
    </>
  );
}
