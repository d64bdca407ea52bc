import { existsSync } from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { z } from "zod";
import { localSecrets } from "./local-secrets";
import { isBuildStale } from "./next-build-state";
import { assertPortFree } from "./port-check";
import { prepareDatabase } from "./prepare-database";
import { nginxBinary, startTopology } from "./topology-parts";

// `npm run topology`: the production topology on this machine — the embedded PostgreSQL (or
// DATABASE_URL), two instances on 127.0.0.1:3001 and :3002 sharing database, secrets and uploads,
// and Debian's nginx with deploy/nginx on TOPOLOGY_PORT. Ctrl-C stops everything.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

const settings = z
  .object({
    DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
    TOPOLOGY_PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    EMBEDDED_PG_DIR: z.string().default(".data/pg"),
    PUBLIC_BASE_URL: z.url().optional(),
  })
  .parse(process.env);

const INSTANCE_PORTS = [3001, 3002] as const;
const log = (part: string, line: string) => console.log(`[${part}] ${line}`);

async function main() {
  nginxBinary();
  await assertPortFree(settings.TOPOLOGY_PORT, "nginx", "choose another port with TOPOLOGY_PORT=…");
  for (const port of INSTANCE_PORTS) await assertPortFree(port, "an app instance", "free it: the topology's instances use 3001 and 3002");
  const database = await prepareDatabase({
    databaseUrl: settings.DATABASE_URL,
    dataDir: path.resolve(ROOT, settings.EMBEDDED_PG_DIR),
    port: settings.EMBEDDED_PG_PORT,
    log: (line) => log("db", line),
  });
  const baseUrl = settings.PUBLIC_BASE_URL ?? `http://localhost:${settings.TOPOLOGY_PORT}`;
  const secrets = settings.DATABASE_URL ? {} : localSecrets(path.resolve(ROOT, ".data"), process.env);
  const env = { ...process.env, ...secrets, DATABASE_URL: database.url, PUBLIC_BASE_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1" };

  let stopTopology = async () => {};
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stopTopology();
    await database.stop();
    log("topology", "stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  if (isBuildStale(ROOT, process.env.NEXT_DIST_DIR ?? ".next")) {
    log("topology", "building the portal (first start or sources changed)…");
    const build = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
      cwd: ROOT,
      env: { ...env, NODE_ENV: "production" },
      stdio: "inherit",
    });
    const code = await new Promise<number>((resolve) => build.on("exit", (exitCode) => resolve(exitCode ?? 1)));
    if (code !== 0) return stop(code);
  }
  const topology = await startTopology({
    port: settings.TOPOLOGY_PORT,
    instancePorts: INSTANCE_PORTS,
    env,
    runtimeDir: path.resolve(ROOT, ".data/topology"),
    log,
  });
  stopTopology = topology.stop;
  log("topology", `portal on ${baseUrl} through nginx, instances on 127.0.0.1:${INSTANCE_PORTS.join(" and :")} (Ctrl-C stops everything)`);
  for (const child of [topology.nginx, ...topology.instances.map((instance) => instance.process)]) {
    child.once("exit", (code, signal) => {
      if (!stopping) log("topology", `a part stopped (${signal ?? `exit ${code}`}); the others keep serving`);
    });
  }
}

main().catch((error: unknown) => {
  console.error(`[topology] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
