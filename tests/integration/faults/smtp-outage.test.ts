import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegateInput } from "../../fixtures/registration";
import { findFreePort } from "../../setup/free-port";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { useServerEnv } from "../../setup/server-env";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { FAULT_EDITION, FAULT_SESSION } from "./helpers";

// A burst of registrations while the mail relay first refuses everything for now (451), then cannot
// be reached at all: every confirmation is kept as owed, and each leaves exactly once when the relay
// is back. Over real SMTP, through the same queue the API hands its e-mails to.

const REFUSED = 30;
const UNREACHABLE = 40;

let database: TestDatabase;
let sink: SmtpSink;
let service: typeof import("@/lib/registration/service");
let notifications: typeof import("@/lib/registration/notifications");
let recovery: typeof import("@/lib/registration/mail-recovery");
let mail: typeof import("@/lib/mail/send");

/** Registers `count` delegates at once and queues each confirmation, as the API does after its 201. */
async function burst(from: number, count: number): Promise<{ id: string; email: string }[]> {
  const created = await Promise.all(
    Array.from({ length: count }, async (_, k) => {
      const input = delegateInput(from + k, [FAULT_SESSION]);
      const result = await service.registerDelegate(database.db, { year: FAULT_EDITION, input, noticeVersion: "smtp-outage" });
      if (result.status !== "created") throw new Error(`expected a new registration, got ${result.status}`);
      const sent = notifications.sendInBackground(`the confirmation of ${input.email}`, () =>
        notifications.deliverConfirmation(result.registration.id, result.manageToken, database.db),
      );
      return { sent, registration: { id: result.registration.id, email: input.email } };
    }),
  );
  await Promise.all(created.map((one) => one.sent));
  return created.map((one) => one.registration);
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  sink = await startSmtpSink();
  useServerEnv(database.url, sink.env);
  [service, notifications, recovery, mail] = await Promise.all([
    import("@/lib/registration/service"),
    import("@/lib/registration/notifications"),
    import("@/lib/registration/mail-recovery"),
    import("@/lib/mail/send"),
  ]);
  await database.db.session.updateMany({ where: { slug: FAULT_SESSION, edition: { year: FAULT_EDITION } }, data: { capacity: 10_000, registrationOpen: true } });
});

afterAll(async () => {
  mail?.closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("the mail relay refusing, then down, during a burst of registrations", () => {
  it("loses no confirmation and sends each exactly once when the relay is back", async () => {
    sink.refuseForNow(true);
    const refused = await burst(0, REFUSED);
    process.env.SMTP_PORT = String(await findFreePort()); // nobody listens there
    const unreachable = await burst(REFUSED, UNREACHABLE).finally(() => Object.assign(process.env, sink.env));
    sink.refuseForNow(false);
    expect(sink.messages).toHaveLength(0);
    const delegates = [...refused, ...unreachable];
    expect(await database.db.registration.count({ where: { id: { in: delegates.map((one) => one.id) }, confirmationMailedAt: null } })).toBe(delegates.length);

    // The sweeps after the grace period, in batches, until nothing is owed.
    const later = new Date(Date.now() + recovery.RECOVERY.graceMs + 60_000);
    const reports = [];
    for (let sweep = 0; sweep < 5; sweep++) {
      const report = await recovery.sendOverdueMail(database.db, later);
      reports.push(report);
      if (report.sent + report.failed === 0) break;
    }
    expect(reports.reduce((sum, report) => sum + report.failed, 0)).toBe(0);
    expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(delegates.length);
    for (const delegate of delegates) {
      expect(sink.messages.filter((message) => message.to.includes(delegate.email.toLowerCase())), delegate.email).toHaveLength(1);
    }
    expect(await database.db.registration.count({ where: { id: { in: delegates.map((one) => one.id) }, confirmationMailedAt: null } })).toBe(0);
  }, 120_000);
});
