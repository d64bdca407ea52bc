import net from "node:net";

/** Refuses, saying which port and what to do about it, when something already listens on `port`. */
export function assertPortFree(port: number, what: string, remedy: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === "EADDRINUSE"
            ? `port ${port} (${what}) is in use, perhaps by another \`npm start\`: stop that, or ${remedy}`
            : `cannot listen on port ${port} (${what}): ${error.message}`,
        ),
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}
