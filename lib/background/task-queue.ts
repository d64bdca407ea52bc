// Work that may follow a response (e-mails) without competing with the responses themselves: a
// rush of 1,000 registrations must not start 1,000 e-mail renderings at once on a two-core server,
// nor render any while registrations are waiting, since rendering blocks the one JavaScript thread.
// In-process only; what a task produces (the mail layer's outbox, an SMTP delivery) is its own record.

export type TaskQueue = {
  /** Resolves when the task has run (or failed, which is logged); never rejects. */
  push: (what: string, task: () => Promise<unknown>) => Promise<void>;
  /** Marks foreground work (a request) in progress until the returned function is called. */
  busy: () => () => void;
  readonly waiting: number;
};

type Options = {
  concurrency: number;
  /** A task waits until no foreground work has run for a moment, but never longer than this. */
  maxDeferMs?: number;
};

const IDLE_POLL_MS = 20;
/** Between two requests of a rush the count of requests in progress touches zero; that is not calm. */
const QUIET_MS = 250;

export function createTaskQueue(name: string, { concurrency, maxDeferMs = 0 }: Options): TaskQueue {
  const waiting: (() => void)[] = [];
  let running = 0;
  let foreground = 0;
  let lastForegroundAt = 0;

  async function acquire(): Promise<void> {
    if (running < concurrency) {
      running++;
      return;
    }
    // The slot is handed over by release(), so nobody can slip in between.
    await new Promise<void>((resolve) => waiting.push(resolve));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }

  async function untilIdle(): Promise<void> {
    const deadline = Date.now() + maxDeferMs;
    const isCalm = () => foreground === 0 && Date.now() - lastForegroundAt >= QUIET_MS;
    while (maxDeferMs > 0 && !isCalm() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
  }

  async function push(what: string, task: () => Promise<unknown>): Promise<void> {
    await acquire();
    try {
      await untilIdle();
      await task();
    } catch (error) {
      console.error(`[${name}] ${what} failed`, error);
    } finally {
      release();
    }
  }

  function busy(): () => void {
    foreground++;
    lastForegroundAt = Date.now();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      foreground--;
      lastForegroundAt = Date.now();
    };
  }

  return {
    push,
    busy,
    get waiting() {
      return waiting.length;
    },
  };
}
