import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import type { SessionMaterialView } from "@/lib/materials/session-queries";
import { filePath } from "@/lib/media/paths";
import { formatFileSize } from "@/lib/uploads/rules";
import { ExternalLink } from "./external-link";

/** "Tài liệu": the slides, documents and video links of a session, each with its kind and, for a file, its type and size. */
export function SessionMaterials({ locale, materials, titleClass }: { locale: Locale; materials: SessionMaterialView[]; titleClass: string }) {
  if (materials.length === 0) return null;
  const t = getTranslator(locale, "sessionMaterials");
  const kinds = getTranslator(locale, "sessionMaterialKind");
  return (
    <section aria-labelledby="session-materials">
      <h2 id="session-materials" className={titleClass}>{t("title")}</h2>
      <ul className="mt-3 divide-y divide-brand-100 rounded-lg border border-brand-100">
        {materials.map((material) => (
          <li key={material.id} className="flex flex-wrap items-baseline justify-between gap-2 p-4">
            {material.file ? (
              <a href={filePath(material.file.id)} className="font-semibold text-brand-700 underline underline-offset-4">
                {material.title}
              </a>
            ) : (
              <ExternalLink locale={locale} href={material.url ?? ""} className="font-semibold text-brand-700 underline underline-offset-4">
                {material.title}
              </ExternalLink>
            )}
            <span className="text-sm text-muted">
              {material.file ? t("fileFacts", { kind: kinds(material.kind), size: formatFileSize(material.file.sizeBytes, locale) }) : kinds(material.kind)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
