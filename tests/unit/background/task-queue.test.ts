import { describe, expect, it, vi } from "vitest";
import { createTaskQueue } from "../../../lib/background/task-queue";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("the background task queue", () => {
  it("never runs more tasks at once than allowed, and runs them in arrival order", async () => {
    const queue = createTaskQueue("test", { concurrency: 2 });
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) =>
      queue.push(`task ${i}`, async () => {
        started.push(i);
        running++;
        most = Math.max(most, running);
        await tick();
        running--;
      }),
    );
    expect(queue.waiting).toBe(8);
    await Promise.all(tasks);
    expect(most).toBe(2);
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(queue.waiting).toBe(0);
  });

  it("logs a failing task and goes on with the next", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const queue = createTaskQueue("mail", { concurrency: 1 });
    const done: string[] = [];
    await Promise.all([
      queue.push("the confirmation", async () => {
        throw new Error("SMTP down");
      }),
      queue.push("the next one", async () => void done.push("next")),
    ]);
    expect(done).toEqual(["next"]);
    expect(error).toHaveBeenCalledWith("[mail] the confirmation failed", expect.any(Error));
    error.mockRestore();
  });

  it("holds tasks back while requests are being answered, but not beyond the longest deferral", async () => {
    const queue = createTaskQueue("mail", { concurrency: 1, maxDeferMs: 200 });
    const ran: string[] = [];
    const request = queue.busy();
    const task = queue.push("after the request", async () => void ran.push("mail"));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(ran).toEqual([]);
    request();
    await task;
    expect(ran).toEqual(["mail"]);

    queue.busy();
    const started = Date.now();
    await queue.push("during an endless rush", async () => void ran.push("late mail"));
    expect(ran).toEqual(["mail", "late mail"]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });
});
