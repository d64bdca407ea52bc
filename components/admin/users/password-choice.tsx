import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { TextField } from "../form-controls";

/** Generate a password or type one: both controls are there without JavaScript; the radio decides. */
export function PasswordChoice({
  locale,
  idPrefix,
  error,
  mode,
}: {
  locale: Locale;
  idPrefix: string;
  error?: string;
  mode?: string;
}) {
  const t = getTranslator(locale, "adminUsers");
  const form = getTranslator(locale, "adminForm");
  const selected = mode === "set" ? "set" : "generate";
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold text-brand-900">{t("passwordMode")}</legend>
      {(["generate", "set"] as const).map((value) => (
        <label key={value} className="flex min-h-11 items-center gap-3">
          <input
            type="radio"
            name="passwordMode"
            value={value}
            defaultChecked={selected === value}
            className="h-5 w-5 accent-brand-800"
          />
          <span>{value === "generate" ? t("passwordGenerate") : t("passwordSet")}</span>
        </label>
      ))}
      <TextField
        id={`${idPrefix}-password`}
        name="password"
        type="password"
        autoComplete="new-password"
        label={t("password")}
        hint={form("passwordHint", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        error={error}
      />
    </fieldset>
  );
}

export function GeneratedPassword({ label, password }: { label: string; password: string }) {
  return (
    <div className="rounded-md bg-white p-4 ring-1 ring-emerald-600/40">
      <p className="text-sm font-semibold text-ink">{label}</p>
      <p className="mt-2 font-mono text-xl tracking-wide text-brand-950 select-all" data-testid="generated-password">
        {password}
      </p>
    </div>
  );
}
