/** The portal's mark: a stylised lotus of circuit lines, drawn in SVG so no image is loaded (app/icon.svg is the same drawing, as the favicon). */
export function BrandMark({ className = "h-10 w-10" }: { className?: string }) {
  return (
    <svg viewBox="0 0 48 48" className={className} aria-hidden="true" focusable="false">
      <rect width="48" height="48" rx="10" fill="#c8102e" />
      <path d="M24 9c5 5 7 10 7 15s-3 10-7 12c-4-2-7-7-7-12s2-10 7-15Z" fill="#f2c14e" />
      <path
        d="M11 21c6 0 10 3 12 8 1 3 1 5 1 7-5 0-9-2-11-6-2-3-2-6-2-9Zm26 0c0 3 0 6-2 9-2 4-6 6-11 6 0-2 0-4 1-7 2-5 6-8 12-8Z"
        fill="#fff"
        opacity=".92"
      />
      <circle cx="24" cy="39" r="2" fill="#fff" />
      <path d="M24 36v-8" stroke="#c8102e" strokeWidth="1.6" strokeLinecap="round" />
    </svg>
  );
}
