import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import type { MediaAssetView } from "@/lib/media/kit-queries";
import { filePath } from "@/lib/media/paths";
import { uploadTypeOfMime, UPLOAD_TYPES } from "@/lib/uploads/detect";
import { formatFileSize } from "@/lib/uploads/rules";

const linkClass =
  "inline-flex min-h-11 items-center rounded-md bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900";

/** One asset of the kit: a preview for images, what the file is (type, size, pixels), and its download. */
export function MediaAssetCard({ locale, asset, press }: { locale: Locale; asset: MediaAssetView; press?: string }) {
  const t = getTranslator(locale, "mediaKit");
  const title = pickLocalized(locale, asset.title, asset.titleEn);
  const file = asset.file;
  const type = file ? uploadTypeOfMime(file.mimeType) : null;
  const isImage = type === "png" || type === "jpeg" || type === "webp" || type === "svg";
  // The public gets large photos at web size; a journalist's press link gets the original.
  const webOnly = file?.hasWebCopy === true && !press;
  const facts = file
    ? [
        type ? UPLOAD_TYPES[type].extension.toUpperCase() : null,
        webOnly ? null : formatFileSize(file.sizeBytes, locale),
        file.width && file.height && !webOnly ? t("dimensions", { width: file.width, height: file.height }) : null,
      ].filter(Boolean)
    : [];
  return (
    <li className="flex flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-brand-100">
      {file && isImage && (
        <div className="flex aspect-[4/3] items-center justify-center bg-brand-50 p-3">
          {/* eslint-disable-next-line @next/next/no-img-element -- files are served by our own route with caching */}
          <img
            src={filePath(file.id, file.hasThumbnail ? { size: "thumb" } : {})}
            alt=""
            loading="lazy"
            className="max-h-full max-w-full object-contain"
          />
        </div>
      )}
      <div className="flex flex-1 flex-col gap-2 p-4">
        <h3 className="font-bold text-brand-900">{title}</h3>
        {asset.description && <p className="text-sm text-muted">{asset.description}</p>}
        {facts.length > 0 && <p className="text-sm text-muted">{facts.join(" · ")}</p>}
        <div className="mt-auto pt-2">
          {asset.url ? (
            <a href={asset.url} className={linkClass} rel="noopener noreferrer" target="_blank">
              {t("watch")}
              <span className="sr-only">
                {" "}
                {title} {t("external")}
              </span>
            </a>
          ) : (
            file && (
              <a href={filePath(file.id, { download: true, size: webOnly ? "web" : undefined, press })} className={linkClass}>
                {press && file.hasWebCopy ? t("fullResolution") : t("download")}
                <span className="sr-only">: {title}</span>
              </a>
            )
          )}
        </div>
      </div>
    </li>
  );
}
