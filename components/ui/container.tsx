import type { ReactNode } from "react";

/** The page's width and side margins: one component class (app/globals.css), repeated on every page. */
export function Container({ children, className = "" }: { children: ReactNode; className?: string }) {
  return <div className={className ? `page-container ${className}` : "page-container"}>{children}</div>;
}
