import path from "node:path";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/** Node's arguments that run the portal's production server (scripts/serve.ts); PORT and the rest come from the environment. */
export const SERVE_ARGS = ["--import", "tsx", path.join(ROOT, "scripts/serve.ts")];
