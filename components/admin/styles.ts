// Shared class names of the admin controls, usable from server and client components.

const buttonStyles = {
  primary: "bg-brand-800 text-white hover:bg-brand-900",
  danger: "bg-accent-600 text-white hover:bg-accent-700",
  secondary: "bg-white text-brand-800 ring-1 ring-inset ring-brand-700/30 hover:bg-brand-50",
} as const;

export type ButtonVariant = keyof typeof buttonStyles;

export function buttonClass(variant: ButtonVariant = "primary") {
  return `inline-flex min-h-11 items-center justify-center rounded-md px-5 py-2.5 text-base font-semibold transition-colors disabled:opacity-60 ${buttonStyles[variant]}`;
}

export const inputClass =
  "mt-1 block w-full min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-ink shadow-sm aria-[invalid=true]:border-accent-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-accent-600";
