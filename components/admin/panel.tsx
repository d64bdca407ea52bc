import type { ReactNode } from "react";

/** A titled white card of an admin detail page. */
export function AdminPanel({ title, children, className = "" }: { title: string; children: ReactNode; className?: string }) {
  return (
    // min-w-0: in a grid, the panel keeps to its column and a wide table inside scrolls, instead of
    // widening the page past a phone's screen.
    <section className={`min-w-0 rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100 ${className}`} aria-label={title}>
      <h2 className="mb-4 text-lg font-bold text-brand-900">{title}</h2>
      {children}
    </section>
  );
}
