import { request as httpRequest } from "node:http";
import { expect, test } from "./support/test";

// An anonymous client cannot make the server read, buffer or wait for a large body: the answer comes
// from the headers alone.

const MB = 1024 * 1024;

/** POSTs `megabytes` of zeros with their Content-Length; resolves with the status as soon as it arrives. */
function postLarge(baseUrl: URL, path: string, megabytes: number): Promise<{ status: number; ms: number }> {
  const started = Date.now();
  const chunk = Buffer.alloc(MB);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: baseUrl.hostname, port: baseUrl.port, path, method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded", "Content-Length": megabytes * MB } },
      (response) => {
        response.resume();
        resolve({ status: response.statusCode ?? 0, ms: Date.now() - started });
      },
    );
    request.on("error", (error: NodeJS.ErrnoException) => (error.code === "EPIPE" || error.code === "ECONNRESET" ? undefined : reject(error)));
    let sent = 0;
    const writeMore = () => {
      while (sent < megabytes && !request.destroyed) {
        sent += 1;
        if (!request.write(chunk)) return request.once("drain", writeMore);
      }
      if (sent >= megabytes) request.end();
    };
    writeMore();
  });
}

test.describe("request bodies", () => {
  test.skip(({ isMobile }) => isMobile, "plain HTTP: the desktop project is enough");

  test("twenty parallel 40 MB posts to the registration form are refused with 413 from their headers", async ({ baseURL }) => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => postLarge(new URL(baseURL!), "/register", 40)));
    expect(answers.map((answer) => answer.status)).toEqual(new Array(20).fill(413));
    console.log(`[request-limits] slowest refusal ${Math.max(...answers.map((answer) => answer.ms))} ms`);
  });

  test("an upload-sized body to the admin is read only for a signed-in user", async ({ baseURL }) => {
    const anonymous = await postLarge(new URL(baseURL!), "/admin/booths", 2);
    expect(anonymous.status).toBe(401);
  });

  test("a file-sized body goes only to the upload routes, and there only for a signed-in user", async ({ baseURL }) => {
    const base = new URL(baseURL!);
    const [toPage, toUploadRoute, toSpeakerRoute] = await Promise.all([
      postLarge(base, "/admin/booths", 40),
      postLarge(base, "/api/admin/booths/00000000-0000-4000-8000-000000000000/images", 40),
      postLarge(base, "/api/speaker-materials/SM1.forged.link", 40),
    ]);
    expect(toPage.status).toBe(413);
    expect(toUploadRoute.status).toBe(401);
    expect(toSpeakerRoute.status).toBe(403);
    console.log(`[request-limits] upload refusals in ${Math.max(toUploadRoute.ms, toSpeakerRoute.ms)} ms`);
  });

  test("a body streamed without a length is refused, not counted", async ({ baseURL }) => {
    const base = new URL(baseURL!);
    const status = await new Promise<number>((resolve, reject) => {
      const request = httpRequest({ host: base.hostname, port: base.port, path: "/api/v1/editions/2025/registrations", method: "POST", headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", reject);
      request.write("{");
      request.end("}");
    });
    expect(status).toBe(411);
  });
});
