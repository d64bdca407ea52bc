// Work that may follow a response (e-mails) without competing with the responses themselves: a
// rush of 1,000 registrations must not start 1,000 e-mail renderings at once on a two-core server.
// In-process only; what a task produces (the mail layer's outbox, an SMTP delivery) is its own record.

export type TaskQueue = {
  /** Resolves when the task has run (or failed, which is logged); never rejects. */
  push: (what: string, task: () => Promise<unknown>) => Promise<void>;
  readonly waiting: number;
};

export function createTaskQueue(name: string, { concurrency }: { concurrency: number }): TaskQueue {
  const waiting: (() => void)[] = [];
  let running = 0;

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

  async function push(what: string, task: () => Promise<unknown>): Promise<void> {
    await acquire();
    try {
      await task();
    } catch (error) {
      console.error(`[${name}] ${what} failed`, error);
    } finally {
      release();
    }
  }

  return {
    push,
    get waiting() {
      return waiting.length;
    },
  };
}
