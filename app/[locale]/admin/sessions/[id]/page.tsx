import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "@/lib/zod";
import { DoneBanner } from "@/components/admin/done-banner";
import { AdminPageHeader } from "@/components/admin/page-header";
import { PendingChangePanel } from "@/components/admin/sessions/pending-change-panel";
import { SessionForm } from "@/components/admin/sessions/session-form";
import { SessionMaterialsPanel } from "@/components/admin/sessions/session-materials-panel";
import { SessionStatusPanel } from "@/components/admin/sessions/session-status-panel";
import { SessionWarnings } from "@/components/admin/sessions/session-warnings";
import { getSessionForEdit, sessionFormOptions } from "@/lib/agenda/admin-queries";
import { sessionPath } from "@/lib/agenda/paths";
import { sessionFormValues } from "@/lib/agenda/schema";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { listMaterialsForAdmin } from "@/lib/materials/queries";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminSessions")("editTitle") };
}

const DONE = ["created", "saved", "published", "unpublished", "cancelled", "changeDrafted", "changeDraftedWarnings", "changePublished", "changeDiscarded"] as const;

function doneMessage(locale: Locale, done: unknown, notified: unknown): string | null {
  const t = getTranslator(locale, "adminSessions");
  if (!DONE.includes(done as (typeof DONE)[number])) return null;
  return t(done as (typeof DONE)[number], { count: Number(notified) || 0 });
}

export default async function EditSessionPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("agenda:edit", { locale, returnTo: localizedPath(locale, `/admin/sessions/${id}`) });
  if (!z.uuid().safeParse(id).success) notFound();
  const [found, options, query, materials] = await Promise.all([getSessionForEdit(id), sessionFormOptions(), searchParams, listMaterialsForAdmin(id)]);
  if (!found) notFound();
  const { session, edition, activeSeats, seatCount, warnings, pending } = found;
  const t = getTranslator(locale, "adminSessions");
  const isPublic = session.status !== "DRAFT" && edition.status !== "DRAFT";
  return (
    <>
      <AdminPageHeader
        title={session.title}
        intro={`${edition.name} (${edition.year})`}
        back={{ href: localizedPath(locale, `/admin/sessions?edition=${edition.year}`), label: t("backToList") }}
      >
        {isPublic && (
          <Link href={localizedPath(locale, sessionPath(edition.year, session.slug, edition.isCurrent ? edition.year : null))} className="font-semibold text-brand-700 underline underline-offset-4">
            {t("viewPublic")}
          </Link>
        )}
      </AdminPageHeader>
      <DoneBanner message={doneMessage(locale, query.done, query.notified)} />
      {pending ? (
        <PendingChangePanel locale={locale} sessionId={session.id} published={session} pending={pending} options={options} />
      ) : (
        <SessionWarnings locale={locale} warnings={warnings} />
      )}
      <section aria-labelledby="status-title" className="mb-8 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100 sm:p-6">
        <h2 id="status-title" className="mb-4 text-lg font-bold text-brand-900">
          {t("statusTitle")}
        </h2>
        <SessionStatusPanel locale={locale} sessionId={session.id} status={session.status} activeSeats={activeSeats} seatCount={seatCount} />
      </section>
      <SessionMaterialsPanel locale={locale} sessionId={session.id} materials={materials} />
      <div className="max-w-3xl">
        <SessionForm
          locale={locale}
          target={{ sessionId: session.id }}
          initialValues={sessionFormValues(pending ? pending.input : session)}
          options={options}
          isPublished={session.status === "PUBLISHED"}
        />
      </div>
    </>
  );
}
