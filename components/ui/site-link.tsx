import Link from "next/link";
import type { ComponentProps } from "react";

/**
 * A link between pages of the public site. Its page is fetched ahead when the reader shows intent
 * (pointer over it, focus, touch: `usePrefetchOnIntent`), not when the link scrolls into view: a phone on
 * a slow network then spends its first seconds on the page it opened, not on the four or five pages
 * its first screen links to.
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link prefetch={false} data-prefetch="intent" {...props} />;
}
