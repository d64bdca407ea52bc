import { deletionRefusal } from "@/lib/editions/present";
import { deleteEditionAction } from "@/lib/editions/actions";
import type { EditionDeletion } from "@/lib/editions/rules";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { ActionButtonForm } from "../action-button-form";
import { AdminPanel } from "../panel";

type Props = { locale: Locale; edition: { id: string; year: number }; deletion: EditionDeletion & { sessions: number } };

/** The edit page's last section: delete an edition made by mistake, or why this one cannot be. */
export function DeleteEditionSection({ locale, edition, deletion }: Props) {
  const t = getTranslator(locale, "adminEditions");
  return (
    <AdminPanel title={t("deleteTitle")} className="mt-8 max-w-2xl">
      <p className="text-sm text-muted">{t("deleteIntro")}</p>
      <div className="mt-4">
        {deletion.ok ? (
          <ActionButtonForm
            action={deleteEditionAction}
            locale={locale}
            fields={{ editionId: edition.id }}
            label={t("deleteConfirm", { year: edition.year })}
            pendingLabel={getTranslator(locale, "adminForm")("saving")}
            variant="danger"
            confirm={{ summary: t("delete", { year: edition.year }), prompt: t("deletePrompt", { year: edition.year, sessions: deletion.sessions }) }}
          />
        ) : (
          <p className="font-semibold">{deletionRefusal(t, deletion)}</p>
        )}
      </div>
    </AdminPanel>
  );
}
