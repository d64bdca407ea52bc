"use client";

import { createContext, useContext, type ReactNode } from "react";
import { formatMessage, type MessageValues } from "./format";
import type { Locale } from "./config";
import type { Messages, Namespace } from "./translator";

// Client components read their texts from this context, filled on the server with only the
// namespaces they need (pickMessages): the browser never downloads the whole catalogue.
// The locale travels with them: plural forms and numbers depend on it.
const MessagesContext = createContext<{ locale: Locale; messages: Partial<Messages> }>({ locale: "vi", messages: {} });

/** Adds namespaces to those of any enclosing provider (the locale layout gives the error page's). */
export function MessagesProvider({ locale, messages, children }: { locale: Locale; messages: Partial<Messages>; children: ReactNode }) {
  const inherited = useContext(MessagesContext).messages;
  return <MessagesContext.Provider value={{ locale, messages: { ...inherited, ...messages } }}>{children}</MessagesContext.Provider>;
}

export function useTranslator<N extends Namespace>(namespace: N) {
  const { locale, messages: all } = useContext(MessagesContext);
  const messages = all[namespace] as Record<keyof Messages[N], string> | undefined;
  if (!messages) throw new Error(`Messages of "${namespace}" were not provided: wrap the component in <MessagesProvider>.`);
  return (key: keyof Messages[N], values?: MessageValues) => formatMessage(messages[key], values, locale);
}
