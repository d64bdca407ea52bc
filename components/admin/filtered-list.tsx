import type { ReactNode } from "react";
import { AdminPagination } from "./pagination";

type Props = {
  /** Said when some filters of the URL were not understood and left out; null when all were. */
  invalidFilters: string | null;
  filterForm: ReactNode;
  /** Between the filters and the count, e.g. the export links. */
  tools?: ReactNode;
  total: string;
  pagination: Parameters<typeof AdminPagination>[0];
  /** The table of the current page. */
  children: ReactNode;
};

/** An admin list filtered by its URL: the notice of filters left out, the filters, the count, the table, the page links. */
export function FilteredAdminList({ invalidFilters, filterForm, tools, total, pagination, children }: Props) {
  return (
    <>
      {invalidFilters && (
        <p role="status" className="mb-4 rounded-md bg-gold-300/40 px-4 py-3 font-semibold text-ink">
          {invalidFilters}
        </p>
      )}
      {filterForm}
      {tools}
      <p className="mt-6 mb-3 text-sm font-semibold text-muted" aria-live="polite">
        {total}
      </p>
      {children}
      <AdminPagination {...pagination} />
    </>
  );
}
