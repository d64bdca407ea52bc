import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegateInput } from "../../fixtures/registration";
import { sendQueuedMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { useServerEnv } from "../../setup/server-env";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// "Send me my link again" by address alone: the existing link for a registered address, nothing for any other.

let database: TestDatabase;
let sink: SmtpSink;
let service: typeof import("@/lib/registration/delegate-store");
let linkRequest: typeof import("@/lib/registration/link-request-store");
let mail: typeof import("@/lib/mail/send");
let next = 0;

async function register(email: string) {
  const result = await service.registerDelegate(database.db, {
    year: 2025,
    input: delegateInput(next++, ["le-khai-mac"], { email }),
    noticeVersion: "test-notice",
  });
  if (result.status !== "created") throw new Error(`expected a new registration, got ${result.status}`);
  return result;
}

function mailsTo(address: string) {
  return sink.messages.filter((message) => message.to.includes(address));
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  sink = await startSmtpSink();
  useServerEnv(database.url, sink.env);
  [service, linkRequest, mail] = await Promise.all([
    import("@/lib/registration/delegate-store"),
    import("@/lib/registration/link-request-store"),
    import("@/lib/mail/send"),
  ]);
});

afterAll(async () => {
  mail?.closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("sending the manage link again by address", () => {
  it("mails the existing link to a registered address, which keeps working", async () => {
    const email = "lien.ket@quangngai.gov.vn";
    const created = await register(email);
    expect(await linkRequest.resendManageLink(database.db, email)).toBe("sent");
    await sendQueuedMail(database.db);
    // The confirmation and the link may leave in either order: the link's e-mail is the one asked for.
    const message = sink.messages.filter((candidate) => candidate.to.includes(email) && /^Đường dẫn quản lý/.test(candidate.parsed.subject ?? "")).at(-1)!;
    const link = /https:\/\/tuanle\.example\.vn\/my-registration\/([A-Za-z0-9_-]+)/.exec(message.parsed.text ?? "")?.[1];
    expect(link).toBeDefined();
    expect(link).toBe(created.manageToken);
    expect(await service.findRegistrationByManageToken(database.db, link!)).toMatchObject({ code: created.registration.code });
  });

  it("sends nothing for an address that is not registered, or whose data was erased", async () => {
    expect(await linkRequest.resendManageLink(database.db, "khong.dang.ky@example.vn")).toBe("unknown");
    const erased = "da.xoa@example.vn";
    const created = await register(erased);
    await service.eraseRegistration(database.db, created.registration.id);
    expect(await linkRequest.resendManageLink(database.db, erased)).toBe("unknown");
    await sendQueuedMail(database.db);
    expect(mailsTo("khong.dang.ky@example.vn")).toHaveLength(0);
    expect(mailsTo(erased)).toHaveLength(0);
  });

  it("sends a cancelled delegate their link too, so they can still download or delete their data", async () => {
    const email = "da.huy@example.vn";
    const created = await register(email);
    await service.cancelRegistration(database.db, created.registration.id);
    expect(await linkRequest.resendManageLink(database.db, email)).toBe("sent");
    await sendQueuedMail(database.db);
    expect(mailsTo(email).map((message) => message.parsed.subject)).toEqual([expect.stringMatching(/^Đường dẫn quản lý đăng ký/)]);
  });

  it("stops after a few e-mails an hour to one address, however many people ask", async () => {
    const email = "nhieu.lan@example.vn";
    await register(email);
    const outcomes = [];
    for (let attempt = 0; attempt < linkRequest.LINK_REQUESTS_PER_ADDRESS.limit + 2; attempt++) {
      outcomes.push(await linkRequest.resendManageLink(database.db, email));
    }
    expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(linkRequest.LINK_REQUESTS_PER_ADDRESS.limit);
    expect(outcomes.at(-1)).toBe("too-many");
  });
});
