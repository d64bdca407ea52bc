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

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, MAX_FIELD_LENGTH) : "";
}

export function readRegistrationForm(formData: FormData): RegistrationFormValues & { website: string } {
  return {
    fullName: text(formData, "fullName"),
    position: text(formData, "position"),
    organization: text(formData, "organization"),
    group: text(formData, "group"),
    email: text(formData, "email"),
    phone: text(formData, "phone"),
    province: text(formData, "province"),
    sessions: formData
      .getAll("sessions")
      .filter((value): value is string => typeof value === "string")
      .slice(0, MAX_SESSIONS)
      .map((value) => value.slice(0, 200)),
    consents: {
      registration: formData.get(FIELD.consentRegistration) === "on",
      media: formData.get(FIELD.consentMedia) === "on",
      news: formData.get(FIELD.consentNews) === "on",
    },
    website: text(formData, FIELD.honeypot),
  };
}
