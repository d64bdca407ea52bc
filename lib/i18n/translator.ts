import en from "./messages/en.json";
import vi from "./messages/vi.json";
import type { Locale } from "./config";
import { formatMessage, type MessageValues } from "./format";

export { formatMessage, type MessageValues };

/** Vietnamese is the reference: every other language must have the same keys (tests/unit/i18n). */
export type Messages = typeof vi;
export type Namespace = keyof Messages;

const catalogues: Record<Locale, Messages> = { vi, en };

export function getMessages(locale: Locale): Messages {
  return catalogues[locale];
}

/** The given namespaces only, for a client component's <MessagesProvider> (lib/i18n/client.tsx). */
export function pickMessages<N extends Namespace>(locale: Locale, namespaces: readonly N[]): Pick<Messages, N> {
  const messages = catalogues[locale];
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]])) as Pick<Messages, N>;
}

export function getTranslator<N extends Namespace>(locale: Locale, namespace: N) {
  const messages = catalogues[locale][namespace] as Record<keyof Messages[N], string>;
  return (key: keyof Messages[N], values?: MessageValues) => formatMessage(messages[key], values, locale);
}

export type Translator<N extends Namespace> = ReturnType<typeof getTranslator<N>>;
