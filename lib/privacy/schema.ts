import { parseDayInput } from "@/lib/time/form-input";
import { localDateTimeToUtc } from "@/lib/time/zone";
import { z } from "@/lib/zod";
import type { RecordPeriod } from "./processing-record-queries";

// The period of the record of processing, as the page's filter form and the PDF link send it:
// `from` and `to` as calendar days typed dd/MM/yyyy (or ISO, as the PDF link carries them), `to` included.

/** A typed day as ISO; empty is "not given", anything else that is not a calendar day fails. */
const day = z
  .string()
  .max(10)
  .optional()
  .transform((text, context) => {
    if (!text?.trim()) return undefined;
    const iso = parseDayInput(text);
    if (!iso) context.addIssue({ code: "custom", message: "not a day" });
    return iso ?? undefined;
  });
const MAX_DAYS = 5 * 366;
const DEFAULT_PERIOD_DAYS = 30;

const recordPeriodSchema = z.object({ from: day, to: day });

function isoDay(instant: Date): string {
  // The day in Quảng Ngãi: UTC+7 all year.
  return new Date(instant.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

type ParsedPeriod = { ok: true; period: RecordPeriod; from: string; to: string } | { ok: false };

/** The period asked for, or the last 30 days up to `now`'s day; refused when reversed, malformed or over 5 years. */
export function parseRecordPeriod(input: Record<string, string | undefined>, now: Date): ParsedPeriod {
  const parsed = recordPeriodSchema.safeParse(input);
  if (!parsed.success) return { ok: false };
  const to = parsed.data.to ?? isoDay(now);
  const from = parsed.data.from ?? isoDay(new Date(now.getTime() - (DEFAULT_PERIOD_DAYS - 1) * 86_400_000));
  try {
    const period = { from: localDateTimeToUtc(from, "00:00"), to: localDateTimeToUtc(nextDay(to), "00:00") };
    const days = (period.to.getTime() - period.from.getTime()) / 86_400_000;
    if (days < 1 || days > MAX_DAYS) return { ok: false };
    return { ok: true, period, from, to };
  } catch {
    // A day that does not exist (30/02).
    return { ok: false };
  }
}
