import { AsyncLocalStorage } from "node:async_hooks";
import pino, { type Logger } from "pino";

// One logger: JSON lines on stdout (journald or the container runtime collects them), the level from
// LOG_LEVEL. Each line written while a request is being served carries that request's id, the one
// the portal's server answers in `X-Request-Id`, so a delegate's report can be matched to its lines.

type RequestContext = { requestId: string };

// The server script and the bundled application load this module separately; one store for both.
const STORE_KEY = Symbol.for("portal.request-context");
const globals = globalThis as typeof globalThis & { [STORE_KEY]?: AsyncLocalStorage<RequestContext> };
const requestContext = (globals[STORE_KEY] ??= new AsyncLocalStorage<RequestContext>());

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

function levelFromEnvironment(): string {
  const wanted = process.env.LOG_LEVEL?.toLowerCase();
  if (wanted && (LEVELS as readonly string[]).includes(wanted)) return wanted;
  return process.env.NODE_ENV === "test" ? "warn" : "info";
}

const base = pino({
  level: levelFromEnvironment(),
  base: { pid: process.pid, instance: process.env.PORTAL_INSTANCE },
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin: () => {
    const context = requestContext.getStore();
    return context ? { requestId: context.requestId } : {};
  },
});

/** The logger of one part of the portal (`mail`, `registration`, …): its lines say `module`. */
export function logger(module: string): Logger {
  return base.child({ module });
}

/** Runs a request's handling with its id, so every line logged on its behalf carries it. */
export function withRequestId<T>(requestId: string, run: () => T): T {
  return requestContext.run({ requestId }, run);
}
