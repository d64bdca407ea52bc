export type MessageValues = Record<string, string | number>;

/**
 * Replaces `{name}` placeholders; a missing value is left visible rather than silently dropped.
 * In its own module (no catalogue import) so that client components can use it without shipping
 * every message of both languages to the browser.
 */
export function formatMessage(template: string, values?: MessageValues): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
