import { z } from "@/lib/zod";
import { parseDayInput, parseTimeInput } from "./form-input";

// The zod side of the admin's typed date and time fields: what a form posts, read as ISO values.

/** A typed day (`19/09/2025`, or ISO) → `2025-09-19`; `message` when it is not a day. */
export function dayInput(message: string) {
  return z.string().transform((value, context) => {
    const day = parseDayInput(value);
    if (day) return day;
    context.issues.push({ code: "custom", message, input: value });
    return z.NEVER;
  });
}

/** A typed time (`8:30`, `08:30`, `8h30`) → `08:30`; `message` when it is not a time of day. */
export function timeInput(message: string) {
  return z.string().transform((value, context) => {
    const time = parseTimeInput(value);
    if (time) return time;
    context.issues.push({ code: "custom", message, input: value });
    return z.NEVER;
  });
}
