import { expect, test } from "./support/test";
import { delegateBody } from "../fixtures/registration";
import { manageLinkOf, waitForMail } from "./outbox";

// The JSON API through the real server (`next start`): the answers an integration sees and the
// e-mails that follow them. The opening ceremony has seats enough that these registrations never
// decide anything another test counts.

const SESSION = "le-khai-mac";
const ENDPOINT = "/api/v1/editions/2025/registrations";

test.beforeEach(() => {
  test.skip(test.info().project.name !== "desktop", "the API does not depend on the screen");
});

test("an integration registers a delegate, and the same e-mail again gets 409 while the link goes to the mailbox", async ({ request }) => {
  const email = `api-${Date.now()}@example.vn`;
  const headers = { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 200) + 1}` };

  const created = await request.post(ENDPOINT, { data: delegateBody(1, [SESSION], { email }), headers });
  expect(created.status()).toBe(201);
  const body = await created.json();
  expect(body).toEqual({
    code: expect.stringMatching(/^QN25-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/),
    seats: [{ session: SESSION, status: "confirmed" }],
    manageUrl: expect.stringMatching(/\/my-registration\/[A-Za-z0-9_-]{43}$/),
  });
  const confirmation = await waitForMail(email);
  expect(confirmation.text).toContain(body.code);

  const again = await request.post(ENDPOINT, { data: delegateBody(2, [SESSION], { email: email.toUpperCase() }), headers });
  expect(again.status()).toBe(409);
  expect(await again.text()).not.toMatch(/my-registration|QN25-/);
  const resent = await waitForMail(email, { count: 2 });
  const link = manageLinkOf(resent);
  expect(link).toBe(body.manageUrl);
  expect((await request.get(new URL(link).pathname)).status()).toBe(200);
});

test("the API refuses what it cannot read with the right status, never a 500", async ({ request }) => {
  const headers = { "x-forwarded-for": `192.0.2.${Math.floor(Math.random() * 200) + 1}` };
  const invalid = await request.post(ENDPOINT, { data: delegateBody(3, [SESSION], { consents: { registration: false } }), headers });
  expect(invalid.status()).toBe(422);
  expect((await invalid.json()).errors["consents.registration"]).toHaveLength(1);
  const malformed = await request.post(ENDPOINT, { data: Buffer.from("{"), headers: { ...headers, "content-type": "application/json" } });
  expect(malformed.status()).toBe(400);
  const form = await request.post(ENDPOINT, { form: { fullName: "Nguyễn Văn An" }, headers });
  expect(form.status()).toBe(415);
  const unknown = await request.post("/api/v1/editions/2031/registrations", { data: delegateBody(4, [SESSION]), headers });
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toHaveProperty("error");
});
