"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { idleState, submittedValues, type ActionState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

// A form that sends its file to an upload route (lib/uploads/request.ts) instead of a Server Action,
// so the server can refuse before reading the body. XMLHttpRequest rather than fetch: only it reports
// how much of the body has left, which a 40 MB file over a conference hall's network needs.

/** The route's answer, in the form's own shape; anything else (a proxy's error page) becomes a message. */
function answerOf(status: number, text: string, values: Record<string, string>, locale: Locale): ActionState {
  try {
    const parsed = JSON.parse(text) as ActionState;
    if (parsed.status === "success") return parsed;
    if (parsed.status === "error") return { ...parsed, values: { ...values, ...parsed.values } };
  } catch {
    // Not the route's JSON: said below from the status alone.
  }
  const t = getTranslator(locale, "uploadRequest");
  const message =
    status === 413 ? t("tooLarge", { max: "41 MB" }) : status === 401 ? t("signIn") : status === 403 ? t("forbidden") : t("serverError");
  return { status: "error", message, fieldErrors: {}, values };
}

/**
 * The state of an upload form (as `useActionState` would give it) and its progress in percent while
 * sending (null otherwise). A success refreshes the page, so the list shows the new file.
 */
export function useUploadForm(url: string, locale: Locale) {
  const router = useRouter();
  const [state, setState] = useState<ActionState>(idleState);
  const [progress, setProgress] = useState<number | null>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (progress !== null) return;
    const data = new FormData(event.currentTarget);
    const values = submittedValues(data);
    const request = new XMLHttpRequest();
    request.open("POST", `${url}?locale=${locale}`);
    request.upload.onprogress = (sent) => {
      if (sent.lengthComputable) setProgress(Math.round((sent.loaded * 100) / sent.total));
    };
    request.onload = () => {
      setProgress(null);
      const answer = answerOf(request.status, request.responseText, values, locale);
      setState(answer);
      if (answer.status === "success") router.refresh();
    };
    request.onerror = () => {
      setProgress(null);
      setState({ status: "error", message: getTranslator(locale, "uploadRequest")("network"), fieldErrors: {}, values });
    };
    setProgress(0);
    request.send(data);
  }

  return { state, progress, onSubmit };
}

/** How much of the upload has left, for sighted users (the bar) and screen readers (the text). */
export function UploadProgress({ progress, locale }: { progress: number | null; locale: Locale }) {
  if (progress === null) return null;
  const t = getTranslator(locale, "uploadRequest");
  return (
    <div className="space-y-1">
      <progress value={progress} max={100} aria-label={t("progressLabel")} className="h-2 w-full accent-brand-700" />
      <p aria-live="polite" className="text-sm text-muted">
        {t("progress", { percent: progress })}
      </p>
    </div>
  );
}
