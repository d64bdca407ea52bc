import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BatchForm, NEW_DRAFT } from "@/components/admin/invitations/batch-form";
import { sessionChoices } from "@/components/admin/invitations/session-choices";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { listInvitableSessions } from "@/lib/invitations/queries";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminInvitations")("newTitle") };
}

export default async function NewInvitationBatchPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("invitations:draft", { locale, returnTo: localizedPath(locale, "/admin/invitations/new") });
  const t = getTranslator(locale, "adminInvitations");
  const sessions = await listInvitableSessions();
  return (
    <>
      <AdminPageHeader title={t("newTitle")} back={{ href: localizedPath(locale, "/admin/invitations"), label: t("backToList") }} />
      <div className="max-w-3xl rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
        <BatchForm locale={locale} sessions={sessionChoices(locale, sessions)} draft={NEW_DRAFT} />
      </div>
    </>
  );
}
