import "server-only";
import { db } from "@/lib/db";

const TIMEOUT_MS = 2_000;

/** True when PostgreSQL answers a trivial query within the timeout. */
export async function checkDatabase(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), TIMEOUT_MS);
  });
  const query = db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
