import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { decode } from "next-auth/jwt";
import { z } from "zod";
import { screenRequestBody } from "../lib/http/body-limit";
import { can, ROLES, type Capability } from "../lib/auth/roles";
import { clientAddress } from "../lib/http/client-address";
import { logger, withRequestId } from "../lib/log";
import { isOneOf } from "../lib/one-of";
import { securityHeaders } from "../lib/http/security-headers";
import { screenRequestUrl } from "../lib/http/url-screen";
import { verifySpeakerUpload } from "../lib/materials/upload-link";
import { currentTime } from "../lib/time/clock";
import { silentOutboxRefusal } from "../lib/mail/settings";

// The portal's production HTTP server: Next's own request handler, behind what `next start` cannot
// do — screening each URL before Next decodes it (lib/http/url-screen.ts), refusing an oversized body
// before reading it (lib/http/body-limit.ts; Next's Server Action limit is one size for all), and
// deciding the client's address from the connection rather than from a header the client wrote.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

const settings = z
  .object({
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** 127.0.0.1 behind a reverse proxy on the same machine; unset, every interface (IPv6 too). */
    HOSTNAME: z.string().min(1).optional(),
    /** Reverse proxies in front whose X-Forwarded-For entry is believed: 0 with nothing in front. */
    TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
    /** Names this instance in an `X-Portal-Instance` response header (the topology's tests read it). */
    PORTAL_INSTANCE: z
      .string()
      .regex(/^[\w.-]{1,40}$/)
      .optional(),
  })
  .parse(process.env);

const log = logger("server");
const REQUEST_ID = /^[\w.-]{1,64}$/;

// Manage links must not pile up unseen as files on a production server (the same check as `npm start`).
const outboxRefusal = silentOutboxRefusal(process.env);
if (outboxRefusal) {
  log.fatal(`refusing to start: ${outboxRefusal}`);
  process.exit(1);
}

/** nginx's `$request_id` when a trusted proxy sent one, so both logs name a request alike. */
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers["x-request-id"];
  if (settings.TRUST_PROXY > 0 && typeof given === "string" && REQUEST_ID.test(given)) return given;
  return randomUUID();
}

function answer(response: ServerResponse, status: number, body: unknown) {
  for (const { key, value } of securityHeaders(process.env.PUBLIC_BASE_URL)) response.setHeader(key, value);
  response.writeHead(status, { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" });
  response.end(JSON.stringify(body));
}

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];
const UPLOAD_CAPABILITIES: Capability[] = ["booths:edit", "media:edit", "agenda:edit", "invitations:draft"];

/**
 * Whether the request carries a sign-in session (decrypted with AUTH_SECRET, not expired) whose role
 * may upload or import at all. The endpoint still checks its own permission (against the database)
 * before reading the body.
 */
async function mayUpload(request: IncomingMessage): Promise<boolean> {
  const cookies = new Map(
    (request.headers.cookie ?? "").split(";").map((pair) => {
      const at = pair.indexOf("=");
      return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as const;
    }),
  );
  for (const name of SESSION_COOKIES) {
    const token = cookies.get(name);
    if (!token || !process.env.AUTH_SECRET) continue;
    const session = await decode({ token, secret: process.env.AUTH_SECRET, salt: name }).catch(() => null);
    const role = session?.role;
    if (isOneOf(ROLES, role) && UPLOAD_CAPABILITIES.some((capability) => can(role, capability))) return true;
  }
  return false;
}

/** A speaker's upload link, checked before its upload is read; the upload route checks it again. */
function isValidSpeakerLink(token: string): boolean {
  try {
    return verifySpeakerUpload(token, process.env.TICKET_SIGNING_SECRET ?? "", currentTime()).ok;
  } catch {
    return false;
  }
}

/**
 * Answers at once, before the body. The body is then drained, never kept: closing the connection
 * instead would meet a client still sending with a reset, before it could read the answer.
 */
function refuseBody(request: IncomingMessage, response: ServerResponse, status: number, message: string) {
  request.resume();
  answer(response, status, { error: message });
}

async function prepare(request: IncomingMessage, response: ServerResponse): Promise<boolean> {
  const screening = screenRequestUrl(request.url ?? "/");
  if (screening.action === "respond") {
    answer(response, screening.status, screening.body);
    return false;
  }
  const body = screenRequestBody((request.url ?? "/").split("?")[0]!, request.headers);
  if (!body.ok) {
    refuseBody(request, response, body.status, body.message);
    return false;
  }
  if (body.needsSession && !(await mayUpload(request))) {
    refuseBody(request, response, 401, "Cần đăng nhập để tải tệp lên. / Sign in to upload.");
    return false;
  }
  if (body.speakerToken !== undefined && !isValidSpeakerLink(body.speakerToken)) {
    refuseBody(request, response, 403, "Đường dẫn gửi tài liệu không hợp lệ hoặc đã hết hạn. / This upload link is invalid or has expired.");
    return false;
  }
  if (screening.action === "rewrite") request.url = screening.url;
  if (settings.PORTAL_INSTANCE) response.setHeader("X-Portal-Instance", settings.PORTAL_INSTANCE);
  const forwarded = request.headers["x-forwarded-for"];
  const address = clientAddress(
    request.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    settings.TRUST_PROXY,
  );
  delete request.headers["x-real-ip"];
  if (address) request.headers["x-forwarded-for"] = address;
  else delete request.headers["x-forwarded-for"];
  return true;
}

async function main() {
  // tsx turns Node's source maps on for the whole process: each of Next's server chunks would then have
  // its map (sources included) read and kept in memory as it loads, tens of MB that only ever serve a
  // stack trace. `next start` runs without them, and so does this server.
  process.setSourceMapsEnabled(false);
  // No hostname for Next itself: it would take a rewrite to the request's own host for an external one.
  const app = next({ dev: false, dir: ROOT, port: settings.PORT });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((request, response) => {
    const requestId = requestIdOf(request);
    request.headers["x-request-id"] = requestId;
    response.setHeader("X-Request-Id", requestId);
    withRequestId(requestId, () => {
      void prepare(request, response).then((accepted) => (accepted ? handle(request, response) : undefined));
    });
  });
  server.on("error", (error: NodeJS.ErrnoException) => {
    const reason = error.code === "EADDRINUSE" ? `port ${settings.PORT} is in use: choose another with PORT=…` : error.message;
    log.fatal(`could not listen: ${reason}`);
    process.exit(1);
  });
  server.listen(settings.PORT, settings.HOSTNAME, () => {
    log.info(
      `serving on port ${settings.PORT} of ${settings.HOSTNAME ?? "every interface"} (trusted proxies: ${settings.TRUST_PROXY})`,
    );
  });
  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  log.fatal({ err: error }, "could not start");
  process.exit(1);
});
