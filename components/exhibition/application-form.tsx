"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { submitExhibitorApplication } from "@/lib/exhibition/actions";
import { BOOTH_CATEGORIES } from "@/lib/exhibition/rules";
import { APPLICATION_LIMITS, type ApplicationField } from "@/lib/exhibition/schema";
import { RequiredMark } from "@/components/forms/required-mark";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/translator";

// Posts to a Server Action: without JavaScript the browser submits the form natively and the page comes
// back with the errors and the input kept; with it, the same happens without a reload. Errors sit under
// each label (announced with the field through aria-describedby) and are listed, as links, at the top.

type Text = Messages["exhibitorApplication"];

const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border border-brand-700/30 bg-white px-3 py-2 text-base text-ink shadow-sm focus:border-brand-600 aria-[invalid=true]:border-accent-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-accent-600";

const idOf = (name: ApplicationField) => `application-${name}`;

type ControlProps = {
  id: string;
  name: string;
  defaultValue: string;
  maxLength?: number;
  required?: boolean;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
  className: string;
};

type FieldProps = {
  name: Exclude<ApplicationField, "consent" | "publishContacts">;
  label: string;
  hint?: string;
  required?: boolean;
  text: Text;
  values: Record<string, string>;
  allErrors: Partial<Record<string, string>>;
  /** The control, given the props that tie it to its label, hint, error and submitted value. */
  children: (control: ControlProps) => ReactNode;
};

function Field({ name, label, hint, required = true, text, values, allErrors, children }: FieldProps) {
  const errors = allErrors[name];
  const hintId = hint ? `${idOf(name)}-hint` : null;
  const errorId = errors ? `${idOf(name)}-error` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={idOf(name)} className="block font-semibold text-brand-900">
        {label}
        {required && <RequiredMark label={text.requiredMark} />}
      </label>
      {hint && (
        <p id={hintId!} className="mt-0.5 text-sm text-muted">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="mt-1 text-sm font-semibold text-accent-700">
          {errors}
        </p>
      )}
      {children({
        id: idOf(name),
        name,
        defaultValue: values[name] ?? "",
        maxLength: name === "category" ? undefined : APPLICATION_LIMITS[name],
        required: required || undefined,
        "aria-invalid": errorId ? true : undefined,
        "aria-describedby": describedBy,
        className: inputClass,
      })}
    </div>
  );
}

function SubmitButton({ text }: { text: Text }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      className="inline-flex min-h-11 items-center justify-center rounded-md bg-accent-600 px-6 py-2.5 text-base font-semibold text-white shadow-sm hover:bg-accent-700 disabled:cursor-wait disabled:opacity-75"
    >
      <span aria-live="polite">{pending ? text.submitting : text.submit}</span>
    </button>
  );
}

/** A checkbox with its label and error, as the consent boxes are drawn. */
function ConsentBox({
  name,
  label,
  required,
  text,
  values,
  errors,
}: {
  name: "consent" | "publishContacts";
  label: string;
  required: boolean;
  text: Text;
  values: Record<string, string>;
  errors: Partial<Record<string, string>>;
}) {
  const errorId = errors[name] ? `${idOf(name)}-error` : undefined;
  return (
    <>
      {errorId ? (
        <p id={errorId} className="mt-2 text-sm font-semibold text-accent-700">
          {errors[name]}
        </p>
      ) : null}
      <div className="mt-3 flex items-start gap-3">
        <input
          id={idOf(name)}
          name={name}
          type="checkbox"
          defaultChecked={values[name] === "on"}
          required={required || undefined}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
        />
        <label htmlFor={idOf(name)} className="text-ink">
          {label}
          {required && <RequiredMark label={text.requiredMark} />}
        </label>
      </div>
    </>
  );
}

/** The organisation's contacts for the public booth page: optional, and published only with their own consent. */
function PublicContactFields({
  text,
  values,
  errors,
}: {
  text: Text;
  values: Record<string, string>;
  errors: Partial<Record<string, string>>;
}) {
  const shared = { text, values, allErrors: errors, required: false };
  return (
    <fieldset className="space-y-5">
      <legend className="text-xl font-bold text-brand-900">{text.publicContactTitle}</legend>
      <p className="text-sm text-muted">{text.publicContactIntro}</p>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field name="publicEmail" label={text.publicEmail} {...shared}>
          {(control) => <input {...control} type="email" inputMode="email" autoComplete="off" />}
        </Field>
        <Field name="publicPhone" label={text.publicPhone} {...shared}>
          {(control) => <input {...control} type="tel" inputMode="tel" autoComplete="off" />}
        </Field>
      </div>
      <Field name="publicWebsite" label={text.publicWebsite} hint={text.publicWebsiteHint} {...shared}>
        {(control) => <input {...control} type="url" inputMode="url" autoComplete="url" />}
      </Field>
      <ConsentBox name="publishContacts" label={text.publishContacts} required={false} text={text} values={values} errors={errors} />
    </fieldset>
  );
}

const FIELD_ORDER: ApplicationField[] = [
  "organizationName",
  "category",
  "products",
  "needs",
  "contactName",
  "email",
  "phone",
  "publicEmail",
  "publicPhone",
  "publicWebsite",
  "publishContacts",
  "consent",
];

export function ApplicationForm({
  locale,
  text,
  categoryLabels,
}: {
  locale: Locale;
  text: Text;
  categoryLabels: Messages["boothCategory"];
}) {
  const [state, formAction] = useActionState(submitExhibitorApplication, idleState);
  const summaryRef = useRef<HTMLDivElement>(null);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const shared = { text, values, allErrors: errors };
  const problems = FIELD_ORDER.flatMap((name) => (errors[name] ? [{ name, message: errors[name] }] : []));

  useEffect(() => {
    if (state.status !== "idle") summaryRef.current?.focus();
  }, [state]);

  // React resets a form after its action, and a <select> would go back to its first default: a new
  // key per input sent back renders the fields afresh with it.
  return (
    <form key={JSON.stringify(values)} action={formAction} noValidate className="space-y-8">
      <input type="hidden" name="locale" value={locale} />

      {state.status === "error" && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          autoFocus
          role="alert"
          aria-labelledby="application-alert-title"
          className="rounded-lg border-2 border-accent-600 bg-accent-100 p-4 sm:p-5"
        >
          {problems.length > 0 ? (
            <>
              <h2 id="application-alert-title" className="text-lg font-bold text-accent-700">
                {text.errorSummaryTitle}
              </h2>
              <p className="mt-1">{text.errorSummaryText}</p>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {problems.map((problem) => (
                  <li key={`${problem.name}-${problem.message}`}>
                    <a href={`#${idOf(problem.name)}`} className="font-semibold text-accent-700 underline underline-offset-2">
                      {problem.message}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <h2 id="application-alert-title" className="text-lg font-bold text-accent-700">
              {state.message}
            </h2>
          )}
        </div>
      )}

      <p className="text-sm text-muted">{text.requiredNote}</p>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-brand-900">{text.organizationTitle}</legend>
        <Field name="organizationName" label={text.organizationName} hint={text.organizationNameHint} {...shared}>
          {(control) => <input {...control} type="text" autoComplete="organization" />}
        </Field>
        <Field name="category" label={text.category} {...shared}>
          {(control) => (
            <select {...control}>
              <option value="">{text.categoryPlaceholder}</option>
              {BOOTH_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {categoryLabels[category]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="products" label={text.products} hint={text.productsHint} {...shared}>
          {(control) => <textarea {...control} rows={4} />}
        </Field>
        <Field name="needs" label={text.needs} hint={text.needsHint} required={false} {...shared}>
          {(control) => <textarea {...control} rows={3} />}
        </Field>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-xl font-bold text-brand-900">{text.contactTitle}</legend>
        <p className="text-sm text-muted">{text.contactPrivate}</p>
        <Field name="contactName" label={text.contactName} {...shared}>
          {(control) => <input {...control} type="text" autoComplete="name" />}
        </Field>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field name="email" label={text.email} hint={text.emailHint} {...shared}>
            {(control) => <input {...control} type="email" inputMode="email" autoComplete="email" />}
          </Field>
          <Field name="phone" label={text.phone} hint={text.phoneHint} {...shared}>
            {(control) => <input {...control} type="tel" inputMode="tel" autoComplete="tel" />}
          </Field>
        </div>
      </fieldset>

      <PublicContactFields text={text} values={values} errors={errors} />

      <fieldset>
        <legend className="text-xl font-bold text-brand-900">{text.consentTitle}</legend>
        <ConsentBox name="consent" label={text.consent} required text={text} values={values} errors={errors} />
      </fieldset>

      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="application-website">{text.honeypot}</label>
        <input id="application-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <SubmitButton text={text} />
    </form>
  );
}
