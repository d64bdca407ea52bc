// Pure rules of delegations (no I/O).

/** Rows (0-based) whose e-mail address already appeared on an earlier row; addresses compared as stored. */
export function duplicateEmailRows(emails: string[]): number[] {
  const seen = new Set<string>();
  const rows: number[] = [];
  emails.forEach((email, row) => {
    if (seen.has(email)) rows.push(row);
    else seen.add(email);
  });
  return rows;
}

type SessionSeats = { slug: string; title: string; capacity: number | null; seatsTaken: number };

/**
 * Sessions that cannot seat every member at once ("all or nothing"): read while the sessions are
 * locked, so the figure is the one the seat-taking UPDATE will meet.
 */
export function shortSessions(sessions: SessionSeats[], members: number): (SessionSeats & { left: number })[] {
  return sessions
    .map((session) => ({ ...session, left: Math.max(0, (session.capacity ?? 0) - session.seatsTaken) }))
    .filter((session) => session.left < members);
}
