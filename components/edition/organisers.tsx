import type { EditionOverview } from "@/lib/editions/queries";
import { unitLabel, unitList } from "@/lib/editions/present";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { Container } from "@/components/ui/container";

export function Organisers({ locale, edition }: { locale: Locale; edition: EditionOverview }) {
  const t = getTranslator(locale, "home");
  const blocks = [
    edition.directingUnit && { title: t("directingBody"), units: [unitLabel(locale, edition.directingUnit)] },
    edition.leadUnit && { title: t("leadBody"), units: [unitLabel(locale, edition.leadUnit)] },
    { title: t("coordinatingBodies"), units: unitList(locale, edition.coordinatingUnits) },
  ].filter((block) => !!block);
  return (
    <section aria-labelledby="organisers-title" className="render-when-near bg-brand-50 py-16">
      <Container>
        <h2 id="organisers-title" className="text-2xl font-bold text-brand-900 sm:text-3xl">
          {t("organisersTitle")}
        </h2>
        <div className="mt-8 grid gap-6 md:grid-cols-3">
          {blocks.map((block) => (
            <section key={block.title} className="rounded-xl bg-white p-6 ring-1 ring-brand-100">
              <h3 className="text-sm font-bold tracking-wider text-accent-700 uppercase">{block.title}</h3>
              <ul className="mt-3 space-y-1.5 font-semibold text-ink">
                {block.units.map((unit) => (
                  <li key={unit}>{unit}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </Container>
    </section>
  );
}
