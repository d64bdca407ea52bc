"use client";

import { useActionState } from "react";
import type { Role } from "@/lib/generated/prisma/enums";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { changeUserRoleAction } from "@/lib/users/actions";
import { FormMessage, SelectField } from "../form-controls";
import { SubmitButton } from "../submit-button";
import { roleOptions } from "./role-options";

export function UserRoleForm({ locale, userId, role }: { locale: Locale; userId: string; role: Role }) {
  const t = getTranslator(locale, "adminUsers");
  const form = getTranslator(locale, "adminForm");
  const [state, action] = useActionState(changeUserRoleAction, idleState);
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <FormMessage state={state} />
      <SelectField name="role" label={t("role")} options={roleOptions(locale)} defaultValue={role} error={errors.role} />
      <SubmitButton pendingLabel={form("saving")}>{t("changeRole")}</SubmitButton>
    </form>
  );
}
