/**
 * Whether `value` is one of the entries of a constant list, narrowing it to their union: the guard for
 * a role, format or category read from a URL, a form or the database before it is trusted.
 */
export function isOneOf<const T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
