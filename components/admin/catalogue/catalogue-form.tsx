"use client";

import { useActionState } from "react";
import { saveSpeakerAction, saveUnitAction, saveVenueAction } from "@/lib/catalogue/actions";
import { CATALOGUE_FIELDS, type CatalogueField, type CatalogueKind } from "@/lib/catalogue/schema";
import { idleState } from "@/lib/forms/action-state";
import { UnitKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { FormMessage, SelectField, TextAreaField, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";

const SAVE_ACTIONS = { units: saveUnitAction, venues: saveVenueAction, speakers: saveSpeakerAction } as const;

type Props = { locale: Locale; kind: CatalogueKind; id: string | null; initialValues: Record<string, string> };

/** Adds (id null) or edits a unit, venue or speaker; the fields come from the kind's list in the schema. */
export function CatalogueForm({ locale, kind, id, initialValues }: Props) {
  const [state, action] = useActionState(SAVE_ACTIONS[kind], idleState);
  const t = getTranslator(locale, "adminCatalogueForm");
  const kinds = getTranslator(locale, "adminUnitKind");
  const values = state.status === "error" ? state.values : initialValues;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const field = ({ name, type, required, lang }: CatalogueField) => {
    const common = {
      key: name,
      name,
      label: t(name as "name"),
      defaultValue: values[name] ?? "",
      error: errors[name],
      required,
      lang,
    };
    if (type === "textarea") return <TextAreaField {...common} />;
    if (type === "unitKind") {
      return (
        <SelectField
          {...common}
          options={[{ value: "", label: "—" }, ...Object.values(UnitKind).map((unitKind) => ({ value: unitKind, label: kinds(unitKind) }))]}
        />
      );
    }
    return <TextField {...common} type={type === "number" ? "number" : "text"} inputMode={type === "number" ? "numeric" : undefined} />;
  };
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {id && <input type="hidden" name="id" value={id} />}
      <FormMessage state={state} />
      {CATALOGUE_FIELDS[kind].map(field)}
      <SubmitButton pendingLabel={t("saving")}>{id ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
