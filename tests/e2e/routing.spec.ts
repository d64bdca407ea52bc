import { expect, test } from "./support/test";

// How public URLs reach their pages (lib/i18n/routes.ts through next.config.ts) and which policy each
// page gets (proxy.ts only where a nonce is needed), against the real server.

const NONCE = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'/;

test.describe("routing and page policies", () => {
  test("the Vietnamese pages' internal /vi/ names redirect to their addresses, query kept", async ({ request }) => {
    for (const [from, to] of [["/vi", "/"], ["/vi/agenda?day=2025-09-22", "/agenda?day=2025-09-22"], ["/vi/register", "/register"]] as const) {
      const response = await request.get(from, { maxRedirects: 0 });
      expect(response.status(), from).toBe(308);
      expect(response.headers()["location"], from).toBe(to);
    }
  });

  test("a static page carries the static policy once; a page rendered per request a fresh nonce that its scripts carry", async ({ request }) => {
    for (const path of ["/agenda", "/register"]) {
      const page = await request.get(path);
      expect(page.status(), path).toBe(200);
      const policies = page.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
      expect(policies, path).toHaveLength(1);
      expect(policies[0]!.value, path).toContain("script-src 'self' 'unsafe-inline'");
    }

    const nonces: string[] = [];
    for (const path of ["/register/delegation", "/en/register/delegation"]) {
      const form = await request.get(path);
      expect(form.status(), path).toBe(200);
      const policies = form.headersArray().filter((header) => header.name.toLowerCase() === "content-security-policy");
      expect(policies, path).toHaveLength(1);
      const nonce = NONCE.exec(policies[0]!.value)?.[1];
      expect(nonce, path).toBeTruthy();
      expect(await form.text(), path).toContain(`nonce="${nonce}"`);
      nonces.push(nonce!);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  test("listings with a filter in their query are filtered in both languages; unknown paths answer 404", async ({ request }) => {
    const filtered = await request.get("/exhibition?q=khong-co-gian-hang-nay");
    expect(filtered.status()).toBe(200);
    expect(filtered.headers()["cache-control"]).not.toContain("s-maxage");
    const bare = await request.get("/exhibition");
    expect(await bare.text()).not.toBe(await filtered.text());

    const english = await request.get("/en/agenda?q=khong+co+hoat+dong+nay");
    expect(english.status()).toBe(200);
    expect(await english.text()).not.toBe(await (await request.get("/en/agenda")).text());

    const missing = await request.get("/khong-co-trang-nay");
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain("Không tìm thấy trang");
  });
});
