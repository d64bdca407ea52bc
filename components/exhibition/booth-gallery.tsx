import type { BoothImageView } from "@/lib/exhibition/queries";
import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { filePath } from "@/lib/media/paths";

/**
 * A booth's pictures as thumbnails (480 px JPEG copies, loaded when scrolled near), each a link to the
 * web-size copy for a larger view: no script, works on every phone, and the browser's own viewer zooms.
 */
export function BoothGallery({ locale, images }: { locale: Locale; images: BoothImageView[] }) {
  const t = getTranslator(locale, "exhibition");
  return (
    <ul className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3" data-booth-gallery>
      {images.map((image) => {
        const alt = pickLocalized(locale, image.alt, image.altEn);
        return (
          <li key={image.fileId}>
            <a
              href={filePath(image.fileId, { size: "web" })}
              className="block overflow-hidden rounded-lg border border-brand-100 bg-brand-50 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-brand-700"
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- served resized by our file route, with caching */}
              <img
                src={filePath(image.fileId, { size: "thumb" })}
                alt={t("openImage", { alt })}
                loading="lazy"
                decoding="async"
                className="aspect-[4/3] w-full object-cover transition-transform hover:scale-105"
              />
            </a>
          </li>
        );
      })}
    </ul>
  );
}
