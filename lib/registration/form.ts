// The registration form as the browser submits it, shared by the Server Action and the form component.

export type RegistrationFormValues = {
  fullName: string;
  position: string;
  organization: string;
  group: string;
  email: string;
  phone: string;
  province: string;
  sessions: string[];
  consents: { registration: boolean; media: boolean; news: boolean };
};

/** Field names of the form; `website` is the honeypot. */
export const FIELD = {
  consentRegistration: "consentRegistration",
  consentMedia: "consentMedia",
  consentNews: "consentNews",
  honeypot: "website",
} as const;

// Generous caps against oversized posts; the schema applies the real limits and says so in words.
const MAX_FIELD_LENGTH = 1_000;
const MAX_SESSIONS = 50;

/** A text field of a registration form (one delegate's or a delegation's), cut to a generous cap. */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, MAX_FIELD_LENGTH) : "";
}

/** The session slugs ticked on a registration form. */
export function chosenSessions(formData: FormData): string[] {
  return formData
    .getAll("sessions")
    .filter((value): value is string => typeof value === "string")
    .slice(0, MAX_SESSIONS)
    .map((value) => value.slice(0, 200));
}

export function readRegistrationForm(formData: FormData): RegistrationFormValues & { website: string } {
  return {
    fullName: formText(formData, "fullName"),
    position: formText(formData, "position"),
    organization: formText(formData, "organization"),
    group: formText(formData, "group"),
    email: formText(formData, "email"),
    phone: formText(formData, "phone"),
    province: formText(formData, "province"),
    sessions: chosenSessions(formData),
    consents: {
      registration: formData.get(FIELD.consentRegistration) === "on",
      media: formData.get(FIELD.consentMedia) === "on",
      news: formData.get(FIELD.consentNews) === "on",
    },
    website: formText(formData, FIELD.honeypot),
  };
}
