"use client";

import { useHydrated } from "@/components/ui/use-hydrated";

/** Prints the page; shown only once JavaScript runs, since without it the button could do nothing. */
export function PrintButton({ label }: { label: string }) {
  const hydrated = useHydrated();
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className={`${hydrated ? "" : "invisible "}inline-flex min-h-11 items-center gap-2 rounded-md bg-white px-4 py-2 font-semibold text-brand-800 ring-1 ring-brand-700/30 ring-inset hover:bg-brand-50 print:hidden`}
    >
      <svg viewBox="0 0 24 24" className="h-5 w-5" aria-hidden="true">
        <path d="M7 9V3h10v6M7 17H4v-7h16v7h-3M7 14h10v7H7z" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinejoin="round" />
      </svg>
      {label}
    </button>
  );
}
