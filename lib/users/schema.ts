import { z } from "@/lib/zod";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { textLineField } from "@/lib/forms/contact-fields";
import { Role } from "@/lib/generated/prisma/enums";
import {
  checkPassword,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type PasswordContext,
  type PasswordProblem,
} from "@/lib/auth/password-policy";
import { normalizeEmail } from "@/lib/registration/rules";

// Shared by the user forms and their Server Actions (and the command line): one set of rules, messages
// in the admin's language (Vietnamese unless another catalogue is passed).

type FormMessages = (typeof vi)["adminForm"];

const USER_LIMITS = { name: 120, email: 254 } as const;
const EMAIL = /^[^\s@"<>(),;:\\]{1,64}@[^\s@"<>(),;:\\.]+(?:\.[^\s@"<>(),;:\\.]+)+$/u;

/** The message for a password the policy refuses, or null when it is acceptable. */
export function passwordMessage(
  password: string,
  context: PasswordContext,
  messages: FormMessages = vi.adminForm,
): string | null {
  const problem = checkPassword(password, context);
  if (!problem) return null;
  const texts: Record<PasswordProblem, string> = {
    tooShort: formatMessage(messages.passwordTooShort, { min: PASSWORD_MIN_LENGTH }),
    tooLong: formatMessage(messages.passwordTooLong, { max: PASSWORD_MAX_LENGTH }),
    common: messages.passwordCommon,
    pattern: messages.passwordPattern,
    personal: messages.passwordPersonal,
  };
  return texts[problem];
}

export function createUserSchemas(messages: FormMessages = vi.adminForm) {
  const name = textLineField(
    { required: messages.required, tooLong: formatMessage(messages.tooLong, { max: USER_LIMITS.name }), forbidden: messages.forbiddenCharacters },
    USER_LIMITS.name,
  );
  const email = z
    .string({ error: messages.required })
    .overwrite(normalizeEmail)
    .min(1, { error: messages.required, abort: true })
    .max(USER_LIMITS.email, { error: formatMessage(messages.tooLong, { max: USER_LIMITS.email }), abort: true })
    .pipe(z.email({ error: messages.emailInvalid, pattern: EMAIL }));
  const role = z.enum(Role, { error: messages.roleInvalid });
  const userId = z.uuid({ error: messages.notFound });
  /** A typed password, or none when the administrator lets the portal generate one. */
  const initialPassword = z.discriminatedUnion(
    "passwordMode",
    [
      z.object({ passwordMode: z.literal("generate") }),
      z.object({ passwordMode: z.literal("set"), password: z.string({ error: messages.required }) }),
    ],
    { error: messages.required },
  );

  const newUser = z
    .object({ name, email, role })
    .and(initialPassword)
    .superRefine((value, context) => {
      if (value.passwordMode !== "set") return;
      const problem = passwordMessage(value.password, value, messages);
      if (problem) context.addIssue({ code: "custom", path: ["password"], message: problem });
    });

  return {
    newUser,
    roleChange: z.object({ userId, role }),
    passwordReset: z.object({ userId }).and(initialPassword),
    statusChange: z.object({ userId, disabled: z.enum(["true", "false"]).transform((value) => value === "true") }),
    ownPasswordChange: z
      .object({
        currentPassword: z.string({ error: messages.required }).min(1, { error: messages.required }),
        newPassword: z.string({ error: messages.required }),
        confirmPassword: z.string({ error: messages.required }),
      })
      .refine((value) => value.newPassword === value.confirmPassword, {
        path: ["confirmPassword"],
        error: messages.passwordMismatch,
      }),
  };
}
