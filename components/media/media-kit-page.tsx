import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/site-link";
import { NoEdition } from "@/components/edition/no-edition";
import { contactOf, OrganiserContactDetails } from "@/components/edition/organiser-contact";
import { Container } from "@/components/ui/container";
import { getCurrentEdition } from "@/lib/editions/queries";
import { getCurrentExhibitionEdition } from "@/lib/exhibition/queries";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import type { MediaKit } from "@/lib/media/kit-queries";
import { MEDIA_KIT_PATH, factSheetPath, mediaKitZipPath, programmePdfPath } from "@/lib/media/paths";
import { getPublishedMediaKit } from "@/lib/media/queries";
import { MEDIA_KINDS } from "@/lib/media/schema";
import { ACCREDITATION_PATH } from "@/lib/press/paths";
import { MediaAssetCard } from "./media-asset-card";

const primaryLink =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-accent-600 px-5 py-2.5 font-semibold text-white shadow-sm hover:bg-accent-700";
const outlineLink =
  "inline-flex min-h-11 items-center justify-center rounded-md bg-white px-5 py-2.5 font-semibold text-brand-800 ring-1 ring-inset ring-brand-700/30 hover:bg-brand-50";

/** The current public edition's media kit, or null. */
async function currentMediaKit(): Promise<MediaKit | null> {
  const edition = await getCurrentExhibitionEdition();
  return edition ? getPublishedMediaKit(edition.year) : null;
}

export async function mediaKitMetadata(locale: Locale): Promise<Metadata> {
  const t = getTranslator(locale, "mediaKit");
  const kit = await currentMediaKit();
  return {
    title: t("title"),
    description: kit ? t("metaDescription", { edition: pickLocalized(locale, kit.edition.name, kit.edition.nameEn) }) : undefined,
    alternates: { canonical: localizedPath(locale, MEDIA_KIT_PATH) },
  };
}

/** The kinds whose section always opens with a document generated from the edition's data. */
const GENERATED = { FACT_SHEET: "factSheet", PROGRAMME: "programme" } as const;

/** A generated document, in Vietnamese and English: always there, always current. */
function GeneratedCard({ locale, year, document }: { locale: Locale; year: number; document: "factSheet" | "programme" }) {
  const t = getTranslator(locale, "mediaKit");
  const facts = getTranslator(locale, "factSheet");
  const path = document === "factSheet" ? factSheetPath : programmePdfPath;
  return (
    <li className="flex flex-col gap-2 rounded-xl bg-white p-4 shadow-sm ring-1 ring-brand-100">
      <h3 className="font-bold text-brand-900">{document === "factSheet" ? facts("download") : t("programmeTitle")}</h3>
      <p className="text-sm text-muted">{document === "factSheet" ? facts("description") : t("programmeDescription")}</p>
      <div className="mt-auto flex flex-wrap gap-2 pt-2">
        <a href={path(year, "vi")} className={outlineLink} hrefLang="vi">
          PDF · {t("programmeVi")}
        </a>
        <a href={path(year, "en")} className={outlineLink} hrefLang="en">
          PDF · {t("programmeEn")}
        </a>
      </div>
    </li>
  );
}

/** The assets by kind, in the kit's order; the fact sheet and programme sections always have their generated PDFs. */
export function MediaKitSections({ locale, kit, press }: { locale: Locale; kit: MediaKit; press?: string }) {
  const t = getTranslator(locale, "mediaKit");
  const kinds = getTranslator(locale, "mediaKind");
  return (
    <div className="space-y-12">
      {MEDIA_KINDS.map((kind) => {
        const assets = kit.assets.filter((asset) => asset.kind === kind);
        const generated = kind in GENERATED ? GENERATED[kind as keyof typeof GENERATED] : null;
        if (assets.length === 0 && !generated) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="text-2xl font-bold text-brand-900">
              {kinds(kind)}
            </h2>
            {kind === "PHOTO" && !press && <p className="mt-2 text-sm text-muted">{t("fullResolutionNote")}</p>}
            <ul className="mt-4 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
              {generated && <GeneratedCard locale={locale} year={kit.edition.year} document={generated} />}
              {assets.map((asset) => (
                <MediaAssetCard key={asset.id} locale={locale} asset={asset} press={press} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** How journalists get accredited, and whom they call: the press desk the organisers published. */
async function PressDesk({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "mediaKit");
  const contact = contactOf((await getCurrentEdition())?.contacts, "PRESS");
  return (
    <section aria-labelledby="press-desk" className="grid gap-6 rounded-xl bg-white p-6 shadow-sm ring-1 ring-brand-100 sm:grid-cols-2">
      <div>
        <h2 id="press-desk" className="text-2xl font-bold text-brand-900">
          {t("accreditationTitle")}
        </h2>
        <p className="mt-2 text-muted">{t("accreditationText")}</p>
        <SiteLink href={localizedPath(locale, ACCREDITATION_PATH)} className={`${primaryLink} mt-4`}>
          {t("accreditationLink")}
        </SiteLink>
      </div>
      {contact && (
        <div>
          <h3 className="font-bold text-brand-900">{getTranslator(locale, "contacts")("PRESS")}</h3>
          <div className="mt-2">
            <OrganiserContactDetails locale={locale} contact={contact} />
          </div>
        </div>
      )}
    </section>
  );
}

export async function MediaKitPage({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "mediaKit");
  const kit = await currentMediaKit();
  if (!kit) return <NoEdition locale={locale} />;
  const edition = pickLocalized(locale, kit.edition.name, kit.edition.nameEn);
  return (
    <>
      <div className="bg-brand-900 text-white">
        <Container className="py-10 sm:py-14">
          <h1 className="text-3xl font-bold sm:text-4xl">{t("title")}</h1>
          <p className="mt-3 max-w-3xl text-lg text-brand-100">{t("intro", { edition })}</p>
          <div className="mt-6 flex flex-wrap gap-3">
            <a href={mediaKitZipPath(kit.edition.year)} className={primaryLink} download>
              {t("downloadAll")}
            </a>
            <SiteLink href={localizedPath(locale, ACCREDITATION_PATH)} className={outlineLink}>
              {t("accreditationLink")}
            </SiteLink>
          </div>
        </Container>
      </div>
      <Container className="space-y-12 py-10">
        {kit.assets.length === 0 && <p className="text-muted">{t("generatedOnly")}</p>}
        <MediaKitSections locale={locale} kit={kit} />
        <PressDesk locale={locale} />
      </Container>
    </>
  );
}
