import { ActionButtonForm } from "@/components/admin/action-button-form";
import type { AdminBoothImage } from "@/lib/exhibition/admin-queries";
import { moveBoothImageAction, removeBoothImageAction } from "@/lib/exhibition/image-actions";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { filePath } from "@/lib/media/paths";
import { BoothImageAltForm, BoothImageUploadForm } from "./booth-image-forms";

/** A booth's pictures on its admin page: in order, each with its description, moves and removal; then the upload. */
export function BoothImagesPanel({ locale, boothId, images }: { locale: Locale; boothId: string; images: AdminBoothImage[] }) {
  const t = getTranslator(locale, "adminBoothImages");
  return (
    <section aria-labelledby="booth-images-title" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-brand-100">
      <h2 id="booth-images-title" className="text-xl font-bold text-brand-900">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      {images.length === 0 ? (
        <p className="mt-4 text-muted">{t("empty")}</p>
      ) : (
        <ol className="mt-4 space-y-6">
          {images.map((image, index) => {
            const position = index + 1;
            const fields = { boothId, fileId: image.fileId };
            return (
              <li
                key={image.fileId}
                className="grid gap-4 border-t border-brand-100 pt-4 sm:grid-cols-[160px_1fr]"
                data-booth-image={position}
              >
                <figure>
                  {/* eslint-disable-next-line @next/next/no-img-element -- served by our file route, already resized */}
                  <img
                    src={filePath(image.fileId, { size: "thumb" })}
                    alt={image.alt}
                    loading="lazy"
                    className="aspect-[4/3] w-40 rounded-md bg-brand-50 object-cover"
                  />
                  <figcaption className="mt-1 text-sm">
                    <span className="font-semibold text-brand-900">{t("imageLabel", { position })}</span>
                    <span className="block break-all text-muted">{image.file.originalName}</span>
                  </figcaption>
                </figure>
                <div className="space-y-3">
                  <BoothImageAltForm
                    locale={locale}
                    boothId={boothId}
                    fileId={image.fileId}
                    alt={image.alt}
                    altEn={image.altEn}
                  />
                  <div className="flex flex-wrap gap-2">
                    {index > 0 && (
                      <ActionButtonForm
                        action={moveBoothImageAction}
                        locale={locale}
                        fields={{ ...fields, direction: "up" }}
                        label={t("moveUpLabel", { position })}
                        pendingLabel={t("saving")}
                      />
                    )}
                    {index < images.length - 1 && (
                      <ActionButtonForm
                        action={moveBoothImageAction}
                        locale={locale}
                        fields={{ ...fields, direction: "down" }}
                        label={t("moveDownLabel", { position })}
                        pendingLabel={t("saving")}
                      />
                    )}
                    <ActionButtonForm
                      action={removeBoothImageAction}
                      locale={locale}
                      fields={fields}
                      label={t("confirmRemove")}
                      pendingLabel={t("saving")}
                      variant="danger"
                      confirm={{ summary: t("remove"), prompt: t("removePrompt", { position }) }}
                    />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="mt-6 border-t border-brand-100 pt-4">
        <BoothImageUploadForm locale={locale} boothId={boothId} />
      </div>
    </section>
  );
}
