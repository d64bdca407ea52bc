import { SiteLink } from "@/components/ui/site-link";
import type { ReactNode } from "react";

const variants = {
  primary: "bg-accent-600 text-white hover:bg-accent-700 shadow-sm",
  secondary: "bg-white/10 text-white ring-1 ring-inset ring-white/40 hover:bg-white/20",
  outline: "bg-white text-brand-800 ring-1 ring-inset ring-brand-700/30 hover:bg-brand-50",
} as const;

export function ButtonLink({
  href,
  children,
  variant = "primary",
}: {
  href: string;
  children: ReactNode;
  variant?: keyof typeof variants;
}) {
  return (
    <SiteLink
      href={href}
      className={`inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2.5 text-base font-semibold transition-colors ${variants[variant]}`}
    >
      {children}
    </SiteLink>
  );
}
