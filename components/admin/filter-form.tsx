import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "./styles";

type Props = {
  action: string;
  label: string;
  applyLabel: string;
  resetLabel: string;
  /** Where "reset" leads: the list unfiltered (by default the form's action). */
  resetHref?: string;
  /** Classes added to the grid: its columns per width, e.g. `sm:grid-cols-3`. */
  className: string;
  children: ReactNode;
};

/** The filters of an admin list as a GET form: they live in the URL, so a filtered view can be bookmarked and shared. */
export function AdminFilterForm({ action, label, applyLabel, resetLabel, resetHref = action, className, children }: Props) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className={`grid gap-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100 ${className}`}>
      {children}
      <div className="col-span-full flex flex-wrap items-end gap-3">
        <button type="submit" className={buttonClass("primary")}>
          {applyLabel}
        </button>
        <Link href={resetHref} className={buttonClass("secondary")}>
          {resetLabel}
        </Link>
      </div>
    </form>
  );
}
