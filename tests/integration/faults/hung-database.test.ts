import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db-client";
import { findFreePort } from "../../setup/free-port";

// A database host that accepts the connection and then says nothing (a hung server, a firewall
// that swallows packets): a query fails within seconds and does not hold the request for ever.

let silent: Server;
let port: number;
const sockets: Socket[] = [];

beforeAll(async () => {
  port = await findFreePort();
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(port, "127.0.0.1", resolve));
});

afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe("a database host that never answers", () => {
  it("fails a query within the connect timeout instead of waiting for ever", async () => {
    const db = createPrismaClient(`postgresql://portal:portal@127.0.0.1:${port}/portal`, { maxConnections: 2 });
    const started = performance.now();
    await expect(db.$queryRaw`SELECT 1`).rejects.toThrow();
    const elapsed = performance.now() - started;
    expect(sockets.length).toBeGreaterThan(0);
    expect(elapsed).toBeGreaterThan(4_000);
    expect(elapsed).toBeLessThan(8_000);
    await db.$disconnect().catch(() => undefined);
  }, 20_000);
});
