"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { saveNewsAction } from "@/lib/news/actions";
import { DateTimeField, FormMessage, TextField } from "../form-controls";
import { inputClass } from "../styles";
import { SubmitButton } from "../submit-button";

/** Write or edit an announcement (Markdown), publish now or at a set time. */
export function NewsForm({ locale, postId, initial }: { locale: Locale; postId?: string; initial: Record<string, string> }) {
  const t = getTranslator(locale, "adminNews");
  const [state, action] = useActionState(saveNewsAction, idleState);
  const values = state.status === "error" ? state.values : initial;
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {postId && <input type="hidden" name="id" value={postId} />}
      <FormMessage state={state} />
      {state.status === "success" && !postId && (
        <Link href={localizedPath(locale, `/admin/news/${state.result.id}`)} className="font-semibold text-brand-700 underline">
          {t("editTitle")}
        </Link>
      )}
      <TextField name="title" label={t("titleLabel")} required defaultValue={values.title} error={errors.title} />
      <TextField name="titleEn" label={t("titleEnLabel")} defaultValue={values.titleEn} error={errors.titleEn} />
      <TextField name="slug" label={t("slug")} hint={t("slugHint")} defaultValue={values.slug} error={errors.slug} />
      <div>
        <label htmlFor="news-body" className="block text-sm font-semibold text-brand-900">
          {t("body")}
        </label>
        <textarea
          id="news-body"
          name="body"
          rows={12}
          className={`${inputClass} font-mono`}
          defaultValue={values.body}
          aria-invalid={errors.body ? true : undefined}
          aria-describedby={errors.body ? "news-body-hint news-body-error" : "news-body-hint"}
        />
        <p id="news-body-hint" className="mt-1 text-sm text-muted">
          {t("bodyHint")}
        </p>
        {errors.body && (
          <p id="news-body-error" className="mt-1 text-sm font-semibold text-accent-700">
            {errors.body}
          </p>
        )}
      </div>
      <DateTimeField
        name="publishAt"
        label={t("publishAt")}
        hint={t("publishAtHint")}
        defaultValue={values.publishAt}
        error={errors.publishAt}
      />
      <div className="flex items-center gap-3">
        <input id="news-publish" name="publish" type="checkbox" className="size-5" defaultChecked={values.publish === "on"} />
        <label htmlFor="news-publish" className="font-semibold text-brand-900">
          {t("publish")}
        </label>
      </div>
      <SubmitButton pendingLabel={getTranslator(locale, "adminForm")("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
