import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/site-link";
import { Fragment } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { Container } from "@/components/ui/container";
import { hallPlanFor } from "@/lib/exhibition/floor-plan";
import { boothPath, exhibitionPath } from "@/lib/exhibition/paths";
import { getBooth, getCurrentExhibitionEdition, type BoothDetail } from "@/lib/exhibition/queries";
import { normalizeBoothCode, productList } from "@/lib/exhibition/rules";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { CategoryPattern, CategorySwatch } from "./category-style";
import { BoothGallery } from "./booth-gallery";
import { FloorMap } from "./floor-map";

/** Locale, edition year and booth code of a booth page; a code typed in lower case goes to its canonical URL. */
export async function resolveBoothParams(params: Promise<{ locale: string; year?: string; code: string }>) {
  const { locale, year, code: rawCode } = await params;
  if (!isLocale(locale)) notFound();
  if (year !== undefined && !/^\d{4}$/.test(year)) notFound();
  // Next hands the segment over decoded once; decoding it again would turn "%" into a crash.
  const code = normalizeBoothCode(rawCode);
  if (!code) notFound();
  const currentYear = (await getCurrentExhibitionEdition())?.year ?? null;
  const editionYear = year === undefined ? currentYear : Number(year);
  if (editionYear === null) notFound();
  if (code !== rawCode) permanentRedirect(localizedPath(locale, boothPath(editionYear, code, currentYear)));
  const found = await getBooth(editionYear, code);
  if (!found) notFound();
  return { locale, currentYear, ...found };
}

export async function boothMetadata(params: Promise<{ locale: string; year?: string; code: string }>): Promise<Metadata> {
  const { locale, booth, edition, currentYear } = await resolveBoothParams(params);
  const t = getTranslator(locale, "exhibition");
  return {
    title: `${t("boothCode", { code: booth.code })}: ${booth.exhibitorName}`,
    description: productList(booth.products).join(", "),
    alternates: { canonical: localizedPath(locale, boothPath(edition.year, booth.code, currentYear)) },
  };
}

function ImagePlaceholder({ locale, booth }: { locale: Locale; booth: BoothDetail }) {
  const t = getTranslator(locale, "exhibition");
  const patternId = `placeholder-${booth.code}`;
  return (
    <figure className="overflow-hidden rounded-xl border border-brand-100 bg-brand-50">
      <svg viewBox="0 0 320 140" className="block h-auto w-full" aria-hidden="true" focusable="false">
        <defs>
          <CategoryPattern id={patternId} category={booth.category} />
        </defs>
        <rect width="320" height="140" fill={`url(#${patternId})`} opacity="0.5" />
        <g transform="translate(136 42)" fill="none" stroke="#12479a" strokeWidth="3" strokeLinejoin="round">
          <rect x="0" y="0" width="48" height="40" rx="5" fill="#ffffff" />
          <circle cx="15" cy="13" r="5" />
          <path d="M4 36 L18 22 L28 30 L36 22 L46 34" />
        </g>
      </svg>
      <figcaption className="px-4 py-3 text-sm text-muted">{t("noImages")}</figcaption>
    </figure>
  );
}

export function BoothPage({
  locale,
  booth,
  booths,
  edition,
  currentYear,
  hallVenueSlug,
}: Awaited<ReturnType<typeof resolveBoothParams>>) {
  const t = getTranslator(locale, "exhibition");
  const categories = getTranslator(locale, "boothCategory");
  const directory = localizedPath(locale, exhibitionPath(edition.year, currentYear));
  const products = productList(booth.products);
  const unitName = booth.exhibitorUnit ? pickLocalized(locale, booth.exhibitorUnit.name, booth.exhibitorUnit.nameEn) : null;
  // Only what the exhibitor chose to publish; only web addresses become links (a `javascript:` URL
  // typed into the booth admin is left out).
  const contact = booth.publicContact;
  const website = contact?.website && /^https?:\/\//i.test(contact.website) ? contact.website : null;
  const contacts = [
    contact?.email && { label: t("email"), value: contact.email, href: `mailto:${contact.email}` },
    contact?.phone && {
      label: t("phone"),
      value: contact.phone,
      href: `tel:${contact.phone.replace(/[^\d+]/g, "")}`,
    },
    website && { label: t("website"), value: website, href: website },
  ].filter((row): row is { label: string; value: string; href: string } => Boolean(row));

  return (
    <Container className="py-10 sm:py-14">
      <nav aria-label={t("backToDirectory")}>
        <SiteLink
          href={directory}
          className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">←</span> {t("backToDirectory")}
        </SiteLink>
      </nav>

      <header className="mt-4">
        <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
          <span className="rounded-md bg-brand-900 px-2.5 py-1 font-bold tracking-wide text-white">
            {t("boothCode", { code: booth.code })}
          </span>
          <span className="inline-flex items-center gap-2 font-semibold text-brand-800">
            <CategorySwatch category={booth.category} idPrefix="booth-header" size={18} />
            <span>
              <span className="sr-only">{t("category")}: </span>
              {categories(booth.category)}
            </span>
          </span>
        </p>
        <h1 className="mt-3 text-3xl font-bold text-brand-900 sm:text-4xl">{booth.exhibitorName}</h1>
        {unitName && unitName !== booth.exhibitorName && (
          <p className="mt-2 text-muted">
            {t("exhibitorUnit")}: {unitName}
          </p>
        )}
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-[3fr_2fr]">
        <div className="space-y-8">
          <section aria-labelledby="booth-products">
            <h2 id="booth-products" className="text-xl font-bold text-brand-900">
              {t("products")}
            </h2>
            <ul className="mt-3 list-disc space-y-1 pl-5">
              {products.map((product) => (
                <li key={product}>{product}</li>
              ))}
            </ul>
          </section>
          {booth.description && (
            <section aria-labelledby="booth-description">
              <h2 id="booth-description" className="text-xl font-bold text-brand-900">
                {t("description")}
              </h2>
              <p className="mt-3 leading-relaxed whitespace-pre-line">
                {pickLocalized(locale, booth.description, booth.descriptionEn)}
              </p>
            </section>
          )}
          <section aria-labelledby="booth-images">
            <h2 id="booth-images" className="text-xl font-bold text-brand-900">
              {t("imagesTitle")}
            </h2>
            {booth.images.length > 0 ? (
              <BoothGallery locale={locale} images={booth.images} />
            ) : (
              <div className="mt-3 max-w-md">
                <ImagePlaceholder locale={locale} booth={booth} />
              </div>
            )}
          </section>
        </div>

        <div className="space-y-8">
          <section aria-labelledby="booth-contact" className="rounded-xl border border-brand-100 bg-brand-50 p-5">
            <h2 id="booth-contact" className="text-xl font-bold text-brand-900">
              {t("contact")}
            </h2>
            {contacts.length > 0 ? (
              <dl className="mt-3 grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                {contacts.map(({ label, value, href }) => (
                  <Fragment key={label}>
                    <dt className="font-semibold text-brand-800">{label}</dt>
                    <dd>
                      {href ? (
                        <a
                          href={href}
                          rel="noopener noreferrer"
                          className="break-all text-brand-700 underline underline-offset-2"
                        >
                          {value}
                        </a>
                      ) : (
                        value
                      )}
                    </dd>
                  </Fragment>
                ))}
              </dl>
            ) : (
              <p className="mt-3 text-sm">{t("noContact")}</p>
            )}
          </section>

          <section aria-labelledby="booth-location">
            <h2 id="booth-location" className="text-xl font-bold text-brand-900">
              {t("locationTitle")}
            </h2>
            <div className="mt-3 rounded-xl border border-brand-100 bg-white p-2 shadow-sm">
              <FloorMap
                locale={locale}
                id="location"
                plan={hallPlanFor(hallVenueSlug, booths)}
                booths={booths}
                label={t("locationLabel", { code: booth.code })}
                highlightCode={booth.code}
              />
            </div>
            <SiteLink
              href={`${directory}#floor-map-title`}
              className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
            >
              {t("viewOnMap")}
            </SiteLink>
          </section>
        </div>
      </div>
    </Container>
  );
}
