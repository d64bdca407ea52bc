import { ActionButtonForm } from "@/components/admin/action-button-form";
import { MaterialForm } from "@/components/materials/material-form";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { removeMaterialAction } from "@/lib/materials/actions";
import type { SessionMaterialView } from "@/lib/materials/session-queries";
import { filePath } from "@/lib/media/paths";
import { formatFileSize } from "@/lib/uploads/rules";
import { SpeakerLinkButton } from "./speaker-link-button";

/** The session's materials on its admin page: what is published, remove, add, and a link for the speaker. */
export function SessionMaterialsPanel({ locale, sessionId, materials }: { locale: Locale; sessionId: string; materials: SessionMaterialView[] }) {
  const t = getTranslator(locale, "sessionMaterials");
  const kinds = getTranslator(locale, "sessionMaterialKind");
  return (
    <section aria-labelledby="materials-title" className="mb-8 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100 sm:p-6">
      <h2 id="materials-title" className="mb-2 text-lg font-bold text-brand-900">
        {t("title")}
      </h2>
      <p className="mb-4 text-sm text-muted">{t("adminIntro")}</p>
      {materials.length === 0 ? (
        <p className="mb-4">{t("empty")}</p>
      ) : (
        <ul className="mb-6 divide-y divide-brand-100">
          {materials.map((material) => (
            <li key={material.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <span>
                <a href={material.file ? filePath(material.file.id) : (material.url ?? "")} className="font-semibold text-brand-700 underline">
                  {material.title}
                </a>
                <span className="block text-sm text-muted">
                  {material.file ? t("fileFacts", { kind: kinds(material.kind), size: formatFileSize(material.file.sizeBytes, locale) }) : kinds(material.kind)}
                </span>
              </span>
              <ActionButtonForm
                action={removeMaterialAction}
                locale={locale}
                fields={{ id: material.id }}
                label={t("remove")}
                pendingLabel={t("removing")}
                confirm={{ summary: t("remove"), prompt: t("removePrompt", { title: material.title }) }}
              />
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-8 lg:grid-cols-2">
        <MaterialForm url={`/api/admin/sessions/${sessionId}/materials`} locale={locale} />
        <SpeakerLinkButton locale={locale} sessionId={sessionId} />
      </div>
    </section>
  );
}
