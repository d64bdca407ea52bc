// What an audit entry changed, field by field, for display. Pure.

export type AuditChange = { field: string; before: string; after: string };

function asRecord(value: unknown): Record<string, unknown> {
  if (value === null || value === undefined) return {};
  return typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
}

function show(value: unknown): string {
  if (value === undefined) return "";
  if (value === null) return "∅";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Fields whose value differs between before and after (all fields of a creation or a deletion). */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const old = asRecord(before);
  const next = asRecord(after);
  const fields = [...new Set([...Object.keys(old), ...Object.keys(next)])];
  return fields
    .filter((field) => JSON.stringify(old[field]) !== JSON.stringify(next[field]))
    .map((field) => ({ field, before: show(old[field]), after: show(next[field]) }));
}
