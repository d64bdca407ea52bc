import en from "./messages/en.json";
import vi from "./messages/vi.json";
import type { Locale } from "./config";

/** Vietnamese is the reference: every other language must have the same keys (tests/unit/i18n). */
export type Messages = typeof vi;
export type Namespace = keyof Messages;
export type MessageValues = Record<string, string | number>;

const catalogues: Record<Locale, Messages> = { vi, en };

export function getMessages(locale: Locale): Messages {
  return catalogues[locale];
}

/** Replaces `{name}` placeholders; a missing value is left visible rather than silently dropped. */
export function formatMessage(template: string, values?: MessageValues): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

export function getTranslator<N extends Namespace>(locale: Locale, namespace: N) {
  const messages = catalogues[locale][namespace] as Record<keyof Messages[N], string>;
  return (key: keyof Messages[N], values?: MessageValues) => formatMessage(messages[key], values);
}

export type Translator<N extends Namespace> = ReturnType<typeof getTranslator<N>>;
