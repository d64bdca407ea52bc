"use client";

import { useEffect, type RefObject } from "react";

/**
 * Ticks the sessions a link asks for (`/register?session=<slug>`, repeatable) once the form is
 * interactive. Read in the browser so that the form stays one static page for everyone. It only adds
 * ticks to the boxes themselves: a box the reader set before hydration keeps their choice, and no field is
 * remounted (React's `defaultChecked` cannot do it: hydration marks every box as set by the reader).
 */
export function useTickRequestedSessions(form: RefObject<HTMLFormElement | null>): void {
  useEffect(() => {
    const wanted = new URLSearchParams(window.location.search).getAll("session");
    for (const box of form.current?.querySelectorAll<HTMLInputElement>('input[name="sessions"]') ?? []) {
      if (wanted.includes(box.value)) box.checked = true;
    }
  }, [form]);
}
