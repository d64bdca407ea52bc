// The portal's idea of "now" for rules that depend on the programme's dates (a session that has
// taken place closes to registration). The seeded Week and every test register for September 2025
// sessions, so test runs fix the clock with PORTAL_CLOCK (an ISO instant) instead of rewriting the
// seed every year; production leaves it unset and reads the real time.

/** The instant PORTAL_CLOCK names, or the real time when it is unset. */
export function currentTime(): Date {
  const fixed = typeof process === "undefined" ? undefined : process.env.PORTAL_CLOCK;
  if (!fixed) return new Date();
  const instant = new Date(fixed);
  if (Number.isNaN(instant.getTime())) throw new Error(`PORTAL_CLOCK is not an ISO date and time: ${fixed}`);
  return instant;
}
