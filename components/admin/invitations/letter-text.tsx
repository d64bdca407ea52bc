import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import type { DraftBatch } from "@/lib/invitations/document";
import { recipientLines } from "@/lib/invitations/rules";

type Letter = Omit<DraftBatch, "register">;

/** The letter's words as the PDF prints them, readable on the page without opening the PDF. */
export function LetterText({ locale, letter }: { locale: Locale; letter: Letter }) {
  const t = getTranslator(locale, "adminInvitations");
  const signer = [letter.signerAuthority, letter.signerDeputy, letter.signerTitle, letter.signerName].filter(Boolean);
  return (
    <dl className="space-y-4">
      <div>
        <dt className="text-sm font-semibold text-muted">{t("letterSubject")}</dt>
        <dd className="font-bold text-ink">{letter.subject}</dd>
      </div>
      <div>
        <dt className="text-sm font-semibold text-muted">{t("letterBody")}</dt>
        <dd className="max-w-prose whitespace-pre-line break-words text-ink">{letter.body}</dd>
      </div>
      <div>
        <dt className="text-sm font-semibold text-muted">{t("letterSigner")}</dt>
        <dd className="whitespace-pre-line text-ink">{signer.join("\n")}</dd>
      </div>
      <div>
        <dt className="text-sm font-semibold text-muted">{t("letterRecipients")}</dt>
        <dd className="whitespace-pre-line text-ink">{recipientLines(letter.recipientsNote).join("\n")}</dd>
      </div>
    </dl>
  );
}
