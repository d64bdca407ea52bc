import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReplyClosed } from "@/components/invitations/reply-closed";
import { ReplyPage } from "@/components/invitations/reply-page";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { getInvitationForReply, getInviteeAccess } from "@/lib/invitations/queries";
import { recordInvitationOpened } from "@/lib/invitations/reply-visit-store";
import { invitationIdOf } from "@/lib/invitations/reply-link";

type Params = Promise<{ locale: string; token: string }>;

// Rendered per request: the page reads the invitation's current answer, which a cached copy would freeze.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  // The URL is a secret: keep it out of search engines and out of Referer headers.
  return { title: getTranslator(locale, "invitationReply")("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// Showing only. The one write is the "opened" time the office tracks, which changes nothing the
// invitee could lose; answers are POSTed by the form below.
export default async function InvitationReplyPage({ params }: { params: Params }) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const invitationId = invitationIdOf(token);
  if (!invitationId) notFound();
  const access = await getInviteeAccess(invitationId);
  if (!access) notFound();
  // After the reply period the link shows only that it is over and whom to ask.
  if (access.state === "closed") return <ReplyClosed locale={locale} lastDay={access.lastDay} contact={access.contact} />;
  const invitation = await getInvitationForReply(invitationId);
  if (!invitation) notFound();
  await recordInvitationOpened(invitation.id);
  return (
    <ReplyPage
      locale={locale}
      token={token}
      invitation={{ ...invitation, registrationCode: invitation.registration?.code ?? null }}
    />
  );
}
