import Link from "next/link";
import { pageItems } from "@/lib/forms/pagination";

type Labels = { pagination: string; previous: string; next: string; page: string; first?: string; last?: string; pageNumber?: (page: number) => string };

type Props = {
  page: number;
  pages: number;
  /** The link to another page of the same list. */
  hrefOf: (page: number) => string;
  labels: Labels;
};

const LINK = "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md px-2 font-semibold text-brand-700 underline underline-offset-4 hover:bg-brand-50";

/** Page links of an admin list: first, previous, numbered pages around the current one, next, last. */
export function AdminPagination({ page, pages, hrefOf, labels }: Props) {
  if (pages <= 1) return null;
  const numbered = labels.pageNumber;
  return (
    <nav aria-label={labels.pagination} className="mt-6 flex flex-wrap items-center gap-2">
      {labels.first && page > 1 && (
        <Link href={hrefOf(1)} className={LINK}>
          {labels.first}
        </Link>
      )}
      {page > 1 && (
        <Link href={hrefOf(page - 1)} rel="prev" className={LINK}>
          {labels.previous}
        </Link>
      )}
      {numbered ? (
        <ol className="flex flex-wrap items-center gap-1">
          {pageItems(page, pages).map((item) =>
            item.kind === "gap" ? (
              <li key={item.key} aria-hidden="true" className="px-1 text-muted">
                …
              </li>
            ) : (
              <li key={item.page}>
                {item.page === page ? (
                  <span aria-current="page" aria-label={numbered(item.page)} className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-brand-800 px-2 font-bold text-white">
                    {item.page}
                  </span>
                ) : (
                  <Link href={hrefOf(item.page)} aria-label={numbered(item.page)} className={LINK}>
                    {item.page}
                  </Link>
                )}
              </li>
            ),
          )}
        </ol>
      ) : (
        <span className="text-sm text-muted">{labels.page}</span>
      )}
      {page < pages && (
        <Link href={hrefOf(page + 1)} rel="next" className={LINK}>
          {labels.next}
        </Link>
      )}
      {labels.last && page < pages && (
        <Link href={hrefOf(pages)} className={LINK}>
          {labels.last}
        </Link>
      )}
      {numbered && <span className="text-sm text-muted">{labels.page}</span>}
    </nav>
  );
}
