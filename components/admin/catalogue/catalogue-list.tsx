import Link from "next/link";
import type { CatalogueRow } from "@/lib/catalogue/store";
import type { CatalogueKind } from "@/lib/catalogue/schema";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { AdminCell, AdminTable } from "../admin-table";
import { TextField } from "../form-controls";
import { buttonClass } from "../styles";

type Props = { locale: Locale; kind: CatalogueKind; rows: CatalogueRow[]; query: string };

/** The search box (a GET form, so a search can be bookmarked) and the records found. */
export function CatalogueList({ locale, kind, rows, query }: Props) {
  const t = getTranslator(locale, "adminCatalogue");
  const action = localizedPath(locale, `/admin/${kind}`);
  return (
    <>
      <form method="get" action={action} role="search" aria-label={t("filters")} className="mb-6 flex flex-wrap items-end gap-3 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100">
        <div className="min-w-64 flex-1">
          <TextField name="q" type="search" label={t("search")} hint={t("searchHint")} defaultValue={query} />
        </div>
        <button type="submit" className={buttonClass("primary")}>
          {t("apply")}
        </button>
        <Link href={action} className={buttonClass("secondary")}>
          {t("reset")}
        </Link>
      </form>
      <p className="mb-3 text-sm font-semibold text-muted" aria-live="polite">
        {t("count", { count: rows.length })}
      </p>
      <AdminTable label={getMessages(locale).adminTables[kind]} columns={[t("colName"), t(`${kind}Detail`), t("colSessions")]} empty={t("empty")} isEmpty={rows.length === 0}>
        {rows.map((row) => (
          <tr key={row.id}>
            <AdminCell header>
              <Link href={localizedPath(locale, `/admin/${kind}/${row.id}`)} className="text-brand-700 underline underline-offset-4">
                {row.name}
              </Link>
            </AdminCell>
            <AdminCell>{row.detail ?? ""}</AdminCell>
            <AdminCell>{row.sessions}</AdminCell>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
