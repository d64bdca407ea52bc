import Link from "next/link";

type Props = {
  page: number;
  pages: number;
  /** The link to another page of the same list. */
  hrefOf: (page: number) => string;
  labels: { pagination: string; previous: string; next: string; page: string };
};

/** Previous/next links of an admin list; nothing when the list fits on one page. */
export function AdminPagination({ page, pages, hrefOf, labels }: Props) {
  if (pages <= 1) return null;
  return (
    <nav aria-label={labels.pagination} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={hrefOf(page - 1)} rel="prev" className="font-semibold text-brand-700 underline underline-offset-4">
          {labels.previous}
        </Link>
      )}
      <span className="text-sm text-muted">{labels.page}</span>
      {page < pages && (
        <Link href={hrefOf(page + 1)} rel="next" className="font-semibold text-brand-700 underline underline-offset-4">
          {labels.next}
        </Link>
      )}
    </nav>
  );
}
