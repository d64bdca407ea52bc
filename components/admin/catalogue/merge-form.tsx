"use client";

import { useActionState } from "react";
import { mergeSpeakersAction, mergeUnitsAction, mergeVenuesAction } from "@/lib/catalogue/actions";
import type { CatalogueKind } from "@/lib/catalogue/schema";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { ConfirmDisclosure } from "../confirm-disclosure";
import { FormMessage } from "../form-controls";
import { SearchableSelect, type Choice } from "../searchable-choices";
import { SubmitButton } from "../submit-button";

const MERGE_ACTIONS = { units: mergeUnitsAction, venues: mergeVenuesAction, speakers: mergeSpeakersAction } as const;

type Props = { locale: Locale; kind: CatalogueKind; source: { id: string; name: string }; targets: Choice[] };

/** Merges this record (a duplicate) into another one chosen from the list, after a confirmation. */
export function MergeForm({ locale, kind, source, targets }: Props) {
  const [state, action] = useActionState(MERGE_ACTIONS[kind], idleState);
  const t = getTranslator(locale, "adminCatalogue");
  const form = getTranslator(locale, "adminCatalogueForm");
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="sourceId" value={source.id} />
      <FormMessage state={state} />
      <p className="text-ink">{t("mergeIntro", { name: source.name })}</p>
      <SearchableSelect
        id="targetId"
        name="targetId"
        label={t("mergeTarget")}
        filterLabel={t("filterTargets")}
        filterHint={t("searchHint")}
        placeholder={t("chooseTarget")}
        defaultValue=""
        error={errors.targetId}
        choices={targets}
      />
      <ConfirmDisclosure summary={t("merge")} prompt={t("mergePrompt", { name: source.name })}>
        <SubmitButton variant="danger" pendingLabel={form("saving")}>
          {t("mergeConfirm")}
        </SubmitButton>
      </ConfirmDisclosure>
    </form>
  );
}
