import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

import { EVENT_TIME_ZONE } from "./zone";

/**
 * ISO 8601 with the zone's offset, to the second: `2025-09-19T08:00:00+07:00`.
 * Feeds give local wall-clock time plus offset rather than UTC `Z`, so that a reader who ignores
 * the offset still shows the hour printed in the programme. `xxx` keeps `+00:00` for UTC zones.
 */
export function formatIsoWithOffset(instant: Date, timeZone = EVENT_TIME_ZONE): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** The zone's offset from UTC at an instant, in minutes (420 for Vietnam). */
export function zoneOffsetMinutes(instant: Date, timeZone = EVENT_TIME_ZONE): number {
  return -new TZDate(instant.getTime(), timeZone).getTimezoneOffset();
}
