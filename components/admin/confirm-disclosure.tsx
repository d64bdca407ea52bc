import type { ReactNode } from "react";
import { buttonClass } from "./styles";

/**
 * A destructive action behind a second, explicit step that needs no JavaScript: the first button only
 * opens the disclosure; the real submit button is inside it.
 */
export function ConfirmDisclosure({ summary, prompt, children }: { summary: string; prompt: string; children: ReactNode }) {
  return (
    <details className="group">
      <summary className={`${buttonClass("secondary")} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}>
        {summary}
      </summary>
      <div className="mt-3 rounded-md border border-accent-600/40 bg-accent-100/60 p-4">
        <p className="font-semibold text-accent-700">{prompt}</p>
        <div className="mt-3">{children}</div>
      </div>
    </details>
  );
}
