"use client";

import { createContext, useContext, type ReactNode } from "react";
import { formatMessage, type MessageValues } from "./format";
import type { Messages, Namespace } from "./translator";

// Client components read their texts from this context, filled on the server with only the
// namespaces they need (pickMessages): the browser never downloads the whole catalogue.
const MessagesContext = createContext<Partial<Messages>>({});

/** Adds namespaces to those of any enclosing provider (the locale layout gives the error page's). */
export function MessagesProvider({ messages, children }: { messages: Partial<Messages>; children: ReactNode }) {
  const inherited = useContext(MessagesContext);
  return <MessagesContext.Provider value={{ ...inherited, ...messages }}>{children}</MessagesContext.Provider>;
}

export function useTranslator<N extends Namespace>(namespace: N) {
  const messages = useContext(MessagesContext)[namespace] as Record<keyof Messages[N], string> | undefined;
  if (!messages) throw new Error(`Messages of "${namespace}" were not provided: wrap the component in <MessagesProvider>.`);
  return (key: keyof Messages[N], values?: MessageValues) => formatMessage(messages[key], values);
}
