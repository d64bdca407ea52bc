import type { ReactNode } from "react";

// A record's status in the admin lists. On one line whatever the column's width: a status broken over
// three lines at 1366 px reads as three statuses.

export type BadgeTone = "neutral" | "success" | "warning" | "danger" | "info";

const TONES: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-ink",
  success: "bg-emerald-50 text-emerald-800",
  warning: "bg-amber-50 text-amber-900",
  danger: "bg-accent-100 text-accent-700",
  info: "bg-brand-50 text-brand-800",
};

export function StatusBadge({ tone = "neutral", children, className = "" }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span data-status-badge className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-xs font-semibold ${TONES[tone]} ${className}`}>
      {children}
    </span>
  );
}
