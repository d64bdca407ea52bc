import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { serveArgs } from "./serve-command";
import { waitForServer } from "./wait-for-server";

// The production topology on one machine: two instances of the portal's server on 127.0.0.1 behind
// Debian's nginx with the configuration of deploy/nginx, used unchanged but for ports and paths.
// `npm run topology` and the topology tests both start it from here.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const DEPLOY_NGINX = path.join(ROOT, "deploy/nginx");
const SHIPPED_INSTANCE_PORTS = [3001, 3002] as const;
const SHIPPED_CACHE_PATH = "/var/cache/nginx/portal";
/** nginx's compressing hop in front of the instances (portal-http.conf). */
const SHIPPED_GZIP_HOP = "127.0.0.1:3090";

export type Topology = {
  baseUrl: string;
  instances: { port: number; process: ChildProcess }[];
  nginx: ChildProcess;
  stop: () => Promise<void>;
};

type Options = {
  /** Port nginx listens on. */
  port: number;
  instancePorts: readonly [number, number];
  /** Everything the instances need (DATABASE_URL, secrets, PUBLIC_BASE_URL…). */
  env: NodeJS.ProcessEnv;
  /** Folder for nginx's configuration, cache, temporary files and pid. */
  runtimeDir: string;
  /** Each line a part prints, with the part's name; omitted: silent. */
  log?: (part: string, line: string) => void;
};

/** Refuses with the package to install when nginx is not on PATH. */
export function nginxBinary(): string {
  try {
    return execFileSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error("nginx was not found on PATH: install Debian's nginx (apt-get install nginx)");
  }
}

function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));
}

function pipeLines(child: ChildProcess, part: string, log: Options["log"]) {
  for (const stream of [child.stdout, child.stderr]) {
    if (!stream) continue;
    if (!log) {
      stream.resume();
      continue;
    }
    createInterface({ input: stream }).on("line", (line) => log(part, line));
  }
}

/** A loopback port nothing listens on now, for the compressing hop: parallel runs must not share one. */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/** The shipped configuration with this run's ports and folders; an nginx.conf around it. */
function writeNginxConfig(options: Pick<Options, "port" | "instancePorts" | "runtimeDir"> & { gzipHopPort: number }): string {
  const dir = path.resolve(options.runtimeDir);
  for (const sub of ["cache", "tmp", "logs"]) mkdirSync(path.join(dir, sub), { recursive: true });
  let httpPart = readFileSync(path.join(DEPLOY_NGINX, "portal-http.conf"), "utf8")
    .replaceAll(SHIPPED_CACHE_PATH, path.join(dir, "cache"))
    .replaceAll(SHIPPED_GZIP_HOP, `127.0.0.1:${options.gzipHopPort}`);
  SHIPPED_INSTANCE_PORTS.forEach((shipped, index) => {
    httpPart = httpPart.replaceAll(`127.0.0.1:${shipped} `, `127.0.0.1:${options.instancePorts[index]} `);
  });
  writeFileSync(path.join(dir, "portal-http.conf"), httpPart);
  writeFileSync(path.join(dir, "portal-site.conf"), readFileSync(path.join(DEPLOY_NGINX, "portal-site.conf")));
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, "tmp", name)};`;
  const conf = [
    // As root (CI, containers) the workers would otherwise run as nobody, who cannot write here.
    process.getuid?.() === 0 ? "user root;" : "",
    "worker_processes 2;",
    `pid ${path.join(dir, "nginx.pid")};`,
    "error_log stderr warn;",
    "events { worker_connections 2048; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    "  access_log off;",
    `  ${temp("client_body")} ${temp("proxy")} ${temp("fastcgi")} ${temp("uwsgi")} ${temp("scgi")}`,
    `  include ${path.join(dir, "portal-http.conf")};`,
    `  server { listen ${options.port}; server_name localhost; include ${path.join(dir, "portal-site.conf")}; }`,
    "}",
  ].join("\n");
  const file = path.join(dir, "nginx.conf");
  writeFileSync(file, `${conf}\n`);
  return file;
}

/** Starts one instance of the portal's server; resolves once it answers its health check. */
async function startInstance(port: number, env: NodeJS.ProcessEnv, log?: Options["log"]): Promise<ChildProcess> {
  const child = spawn(process.execPath, serveArgs(env), {
    cwd: ROOT,
    env: { ...env, NODE_ENV: "production", PORT: String(port), HOSTNAME: "127.0.0.1", TRUST_PROXY: "1", HTTP_COMPRESSION: "off", PORTAL_INSTANCE: `app-${port}` },
    stdio: ["ignore", "pipe", "pipe"],
  });
  pipeLines(child, `app-${port}`, log);
  await waitForServer(`http://127.0.0.1:${port}/api/health`, child);
  return child;
}

export async function startTopology(options: Options): Promise<Topology> {
  const nginxPath = nginxBinary();
  const conf = writeNginxConfig({ ...options, gzipHopPort: await freeLoopbackPort() });
  const instances: Topology["instances"] = [];
  for (const port of options.instancePorts) instances.push({ port, process: await startInstance(port, options.env, options.log) });
  const prefix = path.resolve(options.runtimeDir);
  execFileSync(nginxPath, ["-t", "-q", "-p", prefix, "-c", conf], { stdio: ["ignore", "ignore", "inherit"] });
  const nginx = spawn(nginxPath, ["-p", prefix, "-c", conf, "-g", "daemon off;"], { stdio: ["ignore", "pipe", "pipe"] });
  pipeLines(nginx, "nginx", options.log);
  const baseUrl = `http://localhost:${options.port}`;
  await waitForServer(`${baseUrl}/api/health`, nginx);
  return {
    baseUrl,
    instances,
    nginx,
    stop: async () => {
      const children = [nginx, ...instances.map((instance) => instance.process)];
      for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await Promise.all(children.map(exitOf));
    },
  };
}
