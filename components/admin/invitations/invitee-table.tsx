import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { removeInviteeAction } from "@/lib/invitations/actions";
import type { BatchDetails } from "@/lib/invitations/queries";
import { DEFAULT_SALUTATION } from "@/lib/invitations/rules";
import { AdminCell, AdminTable } from "../admin-table";
import { ActionForm } from "./action-form";

/** The batch's invitees; while the draft is editable each can be removed. */
export function InviteeTable({ locale, batch, canRemove }: { locale: Locale; batch: BatchDetails; canRemove: boolean }) {
  const t = getTranslator(locale, "adminInvitations");
  const columns = [t("salutation"), t("fullName"), t("position"), t("organization"), t("email"), t("phone")];
  return (
    <AdminTable label={getMessages(locale).adminTables.invitees} columns={canRemove ? [...columns, t("colActions")] : columns} empty={t("noInvitees")} isEmpty={batch.invitees.length === 0}>
      {batch.invitees.map((invitee) => (
        <tr key={invitee.id}>
          <AdminCell className="whitespace-nowrap">{invitee.salutation ?? DEFAULT_SALUTATION}</AdminCell>
          <AdminCell header>{invitee.fullName}</AdminCell>
          <AdminCell>{invitee.position ?? ""}</AdminCell>
          <AdminCell>{invitee.organization ?? ""}</AdminCell>
          <AdminCell className="break-all">{invitee.email ?? ""}</AdminCell>
          <AdminCell className="whitespace-nowrap">{invitee.phone ?? ""}</AdminCell>
          {canRemove && (
            <AdminCell>
              <ActionForm
                locale={locale}
                action={removeInviteeAction}
                hidden={{ batchId: batch.id, inviteeId: invitee.id }}
                submitLabel={t("remove")}
                pendingLabel={t("saving")}
                variant="secondary"
                confirm={{ summary: t("remove"), prompt: t("removeLabel", { name: invitee.fullName }) }}
              />
            </AdminCell>
          )}
        </tr>
      ))}
    </AdminTable>
  );
}
