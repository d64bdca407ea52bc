import { getCurrentEdition } from "@/lib/editions/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatPhoneNumber } from "@/lib/i18n/phone";
import { getTranslator } from "@/lib/i18n/translator";

export type OrganiserContact = {
  kind: "GENERAL" | "PRESS" | "EXHIBITION";
  name: string;
  phone: string | null;
  email: string | null;
};

/** The desk of `kind` among an edition's contacts, if organisers published one. */
export function contactOf(contacts: readonly OrganiserContact[] | undefined, kind: OrganiserContact["kind"]) {
  return contacts?.find((contact) => contact.kind === kind);
}

/**
 * One desk of the organisers: its name, a phone number to tap and an address to write to. `tone`
 * follows the background it sits on (the dark footer or a light page).
 */
export function OrganiserContactDetails({
  locale,
  contact,
  tone = "light",
}: {
  locale: Locale;
  contact: OrganiserContact;
  tone?: "light" | "dark";
}) {
  const t = getTranslator(locale, "contacts");
  const link =
    tone === "dark"
      ? "underline underline-offset-4 hover:text-white"
      : "font-semibold text-brand-800 underline underline-offset-4";
  return (
    <address className="not-italic">
      <p>{contact.name}</p>
      {contact.phone && (
        <p className="mt-1">
          {t("phone")}:{" "}
          <a className={`${link} whitespace-nowrap`} href={`tel:${contact.phone}`}>
            {formatPhoneNumber(contact.phone)}
          </a>
        </p>
      )}
      {contact.email && (
        <p className="mt-1 break-all">
          {t("email")}:{" "}
          <a className={link} href={`mailto:${contact.email}`}>
            {contact.email}
          </a>
        </p>
      )}
    </address>
  );
}

/** The current edition's desk of `kind` (the general one when that desk is not published), if any. */
export async function PublishedContact({ locale, kind }: { locale: Locale; kind: OrganiserContact["kind"] }) {
  const contacts = (await getCurrentEdition())?.contacts;
  const contact = contactOf(contacts, kind) ?? contactOf(contacts, "GENERAL");
  return contact ? <OrganiserContactDetails locale={locale} contact={contact} /> : null;
}
