/**
 * The portal's mark: a stylised lotus of circuit lines, drawn by the stylesheet (`.brand-mark` in
 * app/globals.css, the same drawing as app/icon.svg, the favicon), so that no image is loaded and no
 * page repeats the drawing in its HTML and RSC payload.
 */
export function BrandMark({ className = "" }: { className?: string }) {
  return <span className={className ? `brand-mark ${className}` : "brand-mark"} aria-hidden="true" />;
}
