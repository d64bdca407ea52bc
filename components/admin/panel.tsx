import type { ReactNode } from "react";

/** A titled white card of an admin detail page. */
export function AdminPanel({ title, children, className = "" }: { title: string; children: ReactNode; className?: string }) {
  return (
    <section className={`rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100 ${className}`} aria-label={title}>
      <h2 className="mb-4 text-lg font-bold text-brand-900">{title}</h2>
      {children}
    </section>
  );
}
