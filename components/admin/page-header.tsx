import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  title: string;
  intro?: string;
  /** "Back to the list" above the title of a detail or form page. */
  back?: { href: string; label: string };
  children?: ReactNode;
};

export function AdminPageHeader({ title, intro, back, children }: Props) {
  return (
    <div className="mb-8 flex flex-wrap items-end justify-between gap-4">
      <div className="max-w-3xl">
        {back && (
          <Link href={back.href} className="mb-4 inline-block text-sm font-semibold text-brand-700 underline underline-offset-4">
            {back.label}
          </Link>
        )}
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{title}</h1>
        {intro && <p className="mt-2 text-muted">{intro}</p>}
      </div>
      {children}
    </div>
  );
}
