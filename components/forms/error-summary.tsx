"use client";

import { useEffect, useRef } from "react";

export type SummaryItem = { href: string; message: string };

/**
 * The list of problems at the top of a form, focused when it appears so that keyboard and screen
 * reader users land on it; each item links to its field. `autoFocus` covers the page rendered
 * without JavaScript (the form posted natively), the effect covers the re-render after an action.
 */
export function ErrorSummary({ title, text, items }: { title: string; text: string; items: SummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [items]);
  return (
    <div
      ref={ref}
      tabIndex={-1}
      autoFocus
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-lg border-2 border-accent-600 bg-accent-100 p-4 sm:p-5"
    >
      <h2 id="error-summary-title" className="text-lg font-bold text-accent-700">
        {title}
      </h2>
      <p className="mt-1 text-ink">{text}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {items.map((item) => (
          <li key={`${item.href}-${item.message}`}>
            <a href={item.href} className="font-semibold text-accent-700 underline underline-offset-2">
              {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
