import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ephemeralSecrets } from "../../scripts/local-secrets";
import { prepareDatabase } from "../../scripts/prepare-database";
import { findFreePort } from "../setup/free-port";
import { startSmtpSink } from "../setup/smtp-sink";

// Speed goal: an officer issues a batch of 500 invitations (numbers, frozen snapshots,
// PDFs with their checksums, e-mails with the PDF attached over real SMTP) within 60 s. Runs the
// same functions the issue button and the outbox worker run, against a fresh seeded embedded
// PostgreSQL and the SMTP sink of the integration tests, and prints the progress the batch page shows.
//
//   npx tsx --conditions=react-server tests/bench/invitations.bench.ts

const INVITEES = 500;
const GOAL_SECONDS = 60;

const dataDir = mkdtempSync(path.join(tmpdir(), "qn-invitations-bench-"));
const database = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), log: () => {} });
const sink = await startSmtpSink();
Object.assign(process.env, ephemeralSecrets(), sink.env, { DATABASE_URL: database.url, PUBLIC_BASE_URL: "https://tuanle.example.vn" });
const { createPrismaClient } = await import("../../lib/db-client");
const store = await import("../../lib/invitations/store");
const { createMailWorker } = await import("../../lib/mail/worker");
const { MAIL_RENDERERS } = await import("../../lib/mail/renderers");
const { closeMailTransports } = await import("../../lib/mail/send");
const db = createPrismaClient(database.url);
const actor = { userId: null, ip: null };

try {
  const opening = await db.session.findFirstOrThrow({ where: { slug: "le-khai-mac", edition: { year: 2025 } }, select: { id: true } });
  const { id: batchId } = await store.createBatch(
    db,
    { sessionIds: [opening.id], subject: "Dự Lễ khai mạc Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025", body: "", signerAuthority: "TM. ỦY BAN NHÂN DÂN", signerDeputy: "KT. CHỦ TỊCH", signerTitle: "PHÓ CHỦ TỊCH", signerName: "Trần Phước Hiền", recipientsNote: "Như trên\nLưu: VT, KGVX" },
    actor,
  );
  const invitees = Array.from({ length: INVITEES }, (_, index) => ({
    fullName: `Nguyễn Thị Hồng Nhung ${index + 1}`,
    position: "Giám đốc",
    organization: "Sở Văn hóa, Thể thao và Du lịch",
    email: `khach.moi.${index + 1}@quangngai.gov.vn`,
    phone: null,
    address: null,
    salutation: null,
  }));
  await store.addInvitees(db, batchId, invitees, actor);
  await store.proposeBatch(db, batchId, actor);

  const started = performance.now();
  // Dated before the 2025 Week: a letter may not invite to a session that has ended.
  const issued = await store.issueBatch(db, batchId, actor, new Date("2025-09-05T02:00:00Z"));
  const numbered = performance.now();
  const progress = setInterval(async () => {
    const [rendered, sent] = await Promise.all([
      db.invitation.count({ where: { batchId, pdfSha256: { not: null } } }),
      db.invitation.count({ where: { batchId, deliveryStatus: "SENT" } }),
    ]);
    console.log(`  ${((performance.now() - started) / 1000).toFixed(1)} s: PDF ${rendered}/${INVITEES}, e-mail ${sent}/${INVITEES}`);
  }, 5_000);
  const worker = createMailWorker({ database: db, renderers: MAIL_RENDERERS });
  while ((await worker.runOnce()) > 0);
  const sent = await db.invitation.count({ where: { batchId, deliveryStatus: "SENT" } });
  const report = { sent, failed: await db.invitation.count({ where: { batchId, deliveryStatus: "FAILED" } }) };
  clearInterval(progress);
  const done = performance.now();
  const seconds = (done - started) / 1000;
  console.log(`numbers ${issued.first}–${issued.last}/GM-UBND in ${Math.round(numbered - started)} ms`);
  console.log(`delivery ${JSON.stringify(report)} in ${((done - numbered) / 1000).toFixed(1)} s; ${sink.messages.length} messages reached the SMTP sink`);
  console.log(`${INVITEES} invitations issued, rendered and e-mailed in ${seconds.toFixed(1)} s (goal: ${GOAL_SECONDS} s) — ${seconds <= GOAL_SECONDS && report.sent === INVITEES ? "PASS" : "FAIL"}`);
  process.exitCode = seconds <= GOAL_SECONDS && report.sent === INVITEES && sink.messages.length === INVITEES ? 0 : 1;
} finally {
  closeMailTransports();
  await db.$disconnect();
  await sink.close();
  await database.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
