"use client";

import { useTranslator } from "@/lib/i18n/client";
import type { Messages } from "@/lib/i18n/translator";
import { memberFieldName, type DelegationMemberValues } from "@/lib/registration/delegation-form";
import { SelectField, TextField } from "./fields";

type Props = {
  row: number;
  values: DelegationMemberValues;
  errors: Record<string, string[]>;
  groups: readonly (keyof Messages["delegateGroup"])[];
  limits: { fullName: number; position: number; email: number; phone: number };
  onRemove?: () => void;
};

/** One member's fieldset: the registration form's own fields, named `members.<row>.<field>`. */
export function DelegationMemberFields({ row, values, errors, groups: groupValues, limits, onRemove }: Props) {
  const t = useTranslator("register");
  const d = useTranslator("delegation");
  const groups = useTranslator("delegateGroup");
  const common = { requiredLabel: t("requiredMark") };
  const name = (field: keyof DelegationMemberValues) => memberFieldName(row, field);
  return (
    <fieldset className="space-y-4 rounded-xl border border-brand-100 bg-white p-4 shadow-sm">
      <legend className="px-1 text-lg font-bold text-brand-900">{d("memberLegend", { number: row + 1 })}</legend>
      <TextField {...common} name={name("fullName")} label={t("fullName")} defaultValue={values.fullName} maxLength={limits.fullName} errors={errors[name("fullName")]} />
      <TextField
        {...common}
        name={name("position")}
        label={t("position")}
        hint={t("positionHint")}
        defaultValue={values.position}
        maxLength={limits.position}
        errors={errors[name("position")]}
      />
      <SelectField
        {...common}
        name={name("group")}
        label={t("group")}
        placeholder={t("groupPlaceholder")}
        defaultValue={values.group}
        options={groupValues.map((group) => ({ value: group, label: groups(group) }))}
        errors={errors[name("group")]}
      />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          {...common}
          name={name("email")}
          type="email"
          inputMode="email"
          label={t("email")}
          defaultValue={values.email}
          maxLength={limits.email}
          errors={errors[name("email")]}
        />
        <TextField
          {...common}
          name={name("phone")}
          type="tel"
          inputMode="tel"
          label={t("phone")}
          hint={t("phoneHint")}
          defaultValue={values.phone}
          maxLength={limits.phone}
          errors={errors[name("phone")]}
        />
      </div>
      {onRemove && (
        <button
          type="button"
          onClick={onRemove}
          className="min-h-11 rounded-md px-3 py-2 font-semibold text-accent-700 underline underline-offset-4 hover:bg-accent-100"
        >
          {d("removeMember", { number: row + 1 })}
        </button>
      )}
    </fieldset>
  );
}
