import Link from "next/link";
import type { WaitingItem } from "@/lib/dashboard/queries";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { formatCount } from "@/lib/i18n/numbers";

/** What waits for the user, with its count; each line opens the list where it is done. */
export function WaitingWork({ locale, items }: { locale: Locale; items: WaitingItem[] }) {
  const t = getTranslator(locale, "adminDashboard");
  const labels = getMessages(locale).adminDashboard.waiting;
  return (
    <section aria-labelledby="waiting-title" className="mb-8">
      <h2 id="waiting-title" className="text-lg font-bold text-brand-900">
        {t("waitingTitle")}
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={localizedPath(locale, item.href)}
              prefetch={false}
              className={`flex h-full items-center gap-4 rounded-lg p-4 shadow-sm ring-1 hover:ring-brand-600 ${item.count > 0 ? "bg-accent-100 ring-accent-600" : "bg-white ring-brand-100"}`}
            >
              <span className="min-w-12 text-center text-2xl font-bold tabular-nums text-brand-900">{formatCount(item.count, locale)}</span>
              <span className="text-sm font-semibold text-brand-800">{labels[item.key]}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
