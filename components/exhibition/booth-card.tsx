import { SiteLink } from "@/components/ui/site-link";
import type { BoothListing } from "@/lib/exhibition/queries";
import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { filePath } from "@/lib/media/paths";
import { CategorySwatch } from "./category-style";

/** One booth in the directory: its first picture, code, exhibitor (a link to its page), category and products. */
export function BoothCard({ locale, booth, href }: { locale: Locale; booth: BoothListing; href: string }) {
  const t = getTranslator(locale, "exhibition");
  const categories = getTranslator(locale, "boothCategory");
  return (
    <article
      className="flex h-full flex-col rounded-xl border border-brand-100 bg-white p-5 shadow-sm"
      data-booth-card={booth.code}
    >
      {booth.cover && (
        // eslint-disable-next-line @next/next/no-img-element -- a 480 px copy from our file route, loaded when scrolled near
        <img
          src={filePath(booth.cover.fileId, { size: "thumb" })}
          alt={pickLocalized(locale, booth.cover.alt, booth.cover.altEn)}
          loading="lazy"
          decoding="async"
          className="-mx-5 -mt-5 mb-4 aspect-[16/9] w-[calc(100%+2.5rem)] max-w-none rounded-t-xl object-cover"
        />
      )}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
        <span className="rounded-md bg-brand-900 px-2.5 py-1 font-bold tracking-wide text-white">
          {t("boothCode", { code: booth.code })}
        </span>
        <span className="inline-flex items-center gap-2 font-semibold text-brand-800">
          <CategorySwatch category={booth.category} idPrefix={`card-${booth.code}`} size={18} />
          {categories(booth.category)}
        </span>
      </p>
      <h3 className="mt-3 text-lg leading-snug font-bold text-ink">
        <SiteLink href={href} className="hover:text-brand-700 hover:underline">
          {booth.exhibitorName}
        </SiteLink>
      </h3>
      <p className="mt-2 text-sm text-muted">
        <span className="font-semibold text-brand-800">{t("products")}: </span>
        {booth.products}
      </p>
    </article>
  );
}
