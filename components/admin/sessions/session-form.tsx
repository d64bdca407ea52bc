"use client";

import { useActionState, type ReactNode } from "react";
import { createSessionAction, updateSessionAction } from "@/lib/agenda/actions";
import type { SessionFormOptions } from "@/lib/agenda/session-store";
import { EXTRA_SPEAKER_ROWS, SESSION_LIMITS } from "@/lib/agenda/schema";
import { idleState } from "@/lib/forms/action-state";
import { SessionType, SpeakerRole } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { CheckboxField, DateField, FormMessage, SelectField, TextAreaField, TextField, TimeField } from "../form-controls";
import { SearchableCheckboxes, SearchableSelect } from "../searchable-choices";
import { SubmitButton } from "../submit-button";

type Props = {
  locale: Locale;
  /** Create a session in an edition, or update an existing one. */
  target: { editionId: string } | { sessionId: string };
  initialValues: Record<string, string>;
  options: SessionFormOptions;
  /** A published session's edits are saved as a draft of the change, or published at once when they raise no warning. */
  isPublished?: boolean;
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100 sm:p-6">
      <legend className="float-left mb-2 w-full text-lg font-bold text-brand-900">{title}</legend>
      {children}
    </fieldset>
  );
}

export function SessionForm({ locale, target, initialValues, options, isPublished = false }: Props) {
  const isNew = "editionId" in target;
  const sessions = getTranslator(locale, "adminSessions");
  const [state, action] = useActionState(isNew ? createSessionAction : updateSessionAction, idleState);
  const t = getTranslator(locale, "adminSessionForm");
  const types = getTranslator(locale, "sessionType");
  const roles = getTranslator(locale, "speakerRole");
  const values = state.status === "error" ? state.values : initialValues;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const picker = { filterHint: t("filterHint") };
  const unitChoices = options.units.map((unit) => ({
    value: unit.id,
    label: unit.shortName ? `${unit.name} (${unit.shortName})` : unit.name,
  }));
  const speakerRows = Object.keys(values).filter((key) => /^speakers\.\d+\.speakerId$/.test(key)).length + EXTRA_SPEAKER_ROWS;
  return (
    // Keyed by what was submitted, so that the fields show it again after a refused save.
    <form key={JSON.stringify(values)} action={action} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {isNew ? (
        <input type="hidden" name="editionId" value={target.editionId} />
      ) : (
        <input type="hidden" name="sessionId" value={target.sessionId} />
      )}
      <FormMessage state={state} />

      <Section title={t("sectionBasics")}>
        <SelectField
          name="type"
          label={t("type")}
          defaultValue={values.type ?? ""}
          error={errors.type}
          required
          options={[{ value: "", label: "—" }, ...Object.values(SessionType).map((type) => ({ value: type, label: types(type) }))]}
        />
        <TextField name="title" label={t("title")} defaultValue={values.title} error={errors.title} required maxLength={SESSION_LIMITS.title} />
        <TextField name="titleEn" label={t("titleEn")} lang="en" defaultValue={values.titleEn} error={errors.titleEn} maxLength={SESSION_LIMITS.title} />
        {isNew && <TextField name="slug" label={t("slug")} hint={t("slugHint")} defaultValue={values.slug} error={errors.slug} />}
        <TextAreaField name="content" label={t("content")} defaultValue={values.content} error={errors.content} rows={6} />
        <TextAreaField name="contentEn" label={t("contentEn")} lang="en" defaultValue={values.contentEn} error={errors.contentEn} />
        <TextAreaField name="participants" label={t("participants")} defaultValue={values.participants} error={errors.participants} rows={3} />
        <TextAreaField
          name="participantsEn"
          label={t("participantsEn")}
          lang="en"
          defaultValue={values.participantsEn}
          error={errors.participantsEn}
          rows={3}
        />
      </Section>

      <Section title={t("sectionTime")}>
        <p className="text-sm text-muted">{t("timeHint")}</p>
        <div className="grid gap-4 sm:grid-cols-2">
          <DateField name="startDate" label={t("startDate")} defaultValue={values.startDate} error={errors.startDate} required />
          <TimeField name="startTime" label={t("startTime")} defaultValue={values.startTime} error={errors.startTime} required />
          <DateField name="endDate" label={t("endDate")} defaultValue={values.endDate} error={errors.endDate} required />
          <TimeField name="endTime" label={t("endTime")} defaultValue={values.endTime} error={errors.endTime} required />
        </div>
        <CheckboxField name="timesProvisional" label={t("timesProvisional")} defaultChecked={values.timesProvisional === "on"} />
        <SearchableSelect
          id="venueId"
          name="venueId"
          label={t("venue")}
          filterLabel={t("filterList", { label: t("venue") })}
          {...picker}
          placeholder={t("noVenue")}
          defaultValue={values.venueId ?? ""}
          error={errors.venueId}
          choices={options.venues.map((venue) => ({
            value: venue.id,
            label: venue.capacity === null ? venue.name : t("venueCapacity", { name: venue.name, capacity: venue.capacity }),
          }))}
        />
      </Section>

      <Section title={t("sectionUnits")}>
        <SearchableSelect
          id="leadUnitId"
          name="leadUnitId"
          label={t("leadUnit")}
          filterLabel={t("filterList", { label: t("leadUnit") })}
          {...picker}
          placeholder={t("chooseLead")}
          defaultValue={values.leadUnitId ?? ""}
          error={errors.leadUnitId}
          required
          choices={unitChoices}
        />
        <SearchableCheckboxes
          name="coordinatingUnitIds"
          legend={t("coordinatingUnits")}
          filterLabel={t("filterList", { label: t("coordinatingUnits") })}
          {...picker}
          selectedLabel={(count) => t("selectedCount", { count })}
          defaultValues={(values.coordinatingUnitIds ?? "").split(",").filter(Boolean)}
          error={errors.coordinatingUnitIds}
          choices={unitChoices}
        />
      </Section>

      <Section title={t("sectionSpeakers")}>
        <p className="text-sm text-muted">{t("speakersHint")}</p>
        {errors.speakers && <p className="text-sm font-semibold text-accent-700">{errors.speakers}</p>}
        {Array.from({ length: speakerRows }, (_, index) => (
          <div key={index} className="grid gap-4 sm:grid-cols-[2fr_1fr]">
            <SearchableSelect
              id={`speaker-${index}`}
              name={`speakers.${index}.speakerId`}
              label={t("speaker", { n: index + 1 })}
              filterLabel={t("filterList", { label: t("speaker", { n: index + 1 }) })}
              {...picker}
              placeholder={t("noSpeaker")}
              defaultValue={values[`speakers.${index}.speakerId`] ?? ""}
              error={errors[`speakers.${index}.speakerId`]}
              choices={options.speakers.map((speaker) => ({
                value: speaker.id,
                label: speaker.organization ? `${speaker.name} – ${speaker.organization}` : speaker.name,
              }))}
            />
            <SelectField
              id={`speaker-role-${index}`}
              name={`speakers.${index}.role`}
              label={t("speakerRole", { n: index + 1 })}
              defaultValue={values[`speakers.${index}.role`] ?? "PRESENTER"}
              error={errors[`speakers.${index}.role`]}
              options={Object.values(SpeakerRole).map((role) => ({ value: role, label: roles(role) }))}
            />
          </div>
        ))}
      </Section>

      <Section title={t("sectionRegistration")}>
        <TextField
          name="capacity"
          type="number"
          inputMode="numeric"
          min={0}
          max={SESSION_LIMITS.capacity}
          label={t("capacity")}
          hint={t("capacityHint")}
          defaultValue={values.capacity}
          error={errors.capacity}
        />
        <TextField
          name="invitedCapacity"
          type="number"
          inputMode="numeric"
          min={0}
          max={SESSION_LIMITS.capacity}
          label={t("invitedCapacity")}
          hint={t("invitedCapacityHint")}
          defaultValue={values.invitedCapacity}
          error={errors.invitedCapacity}
        />
        <CheckboxField name="registrationOpen" label={t("registrationOpen")} defaultChecked={values.registrationOpen === "on"} />
      </Section>

      {isPublished ? (
        <div className="space-y-3">
          <p className="text-sm text-muted">{sessions("publishNowHint")}</p>
          <div className="flex flex-wrap gap-3">
            <SubmitButton pendingLabel={t("saving")}>{sessions("saveDraftChange")}</SubmitButton>
            <SubmitButton pendingLabel={t("saving")} variant="secondary" name="publishNow" value="1">
              {sessions("publishNow")}
            </SubmitButton>
          </div>
        </div>
      ) : (
        <SubmitButton pendingLabel={t("saving")}>{isNew ? t("create") : t("save")}</SubmitButton>
      )}
    </form>
  );
}
