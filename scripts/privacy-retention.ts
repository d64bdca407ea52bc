import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db-client";
import { planRetention, runRetention } from "../lib/privacy/retention-store";
import { currentTime } from "../lib/time/clock";
import { openCommandDatabase } from "./command-database";

// npm run privacy:retention [-- --dry-run]: anonymises the registrations, press accreditations and
// exhibitor applications of every edition past its retention period (12 months after the Week), for a
// scheduler (cron, a systemd timer). The run is audited as the command line (no user). --dry-run only
// lists what would be anonymised. Exit code 0 either way; 1 on an error.

const USAGE = `Usage: npm run privacy:retention [-- --dry-run]
Without DATABASE_URL the embedded database of \`npm start\` is used (joined if it is running).`;

async function main() {
  const { values } = parseArgs({
    options: { "dry-run": { type: "boolean", default: false }, help: { type: "boolean", default: false } },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const database = await openCommandDatabase({ prepare: false, log: (line) => console.error(`[retention] ${line}`) });
  const db = createPrismaClient(database.url, { maxConnections: 2 });
  try {
    const now = currentTime();
    if (values["dry-run"]) {
      const plan = await planRetention(db, now);
      if (plan.length === 0) console.log("Nothing is past its retention period.");
      for (const item of plan) {
        console.log(
          `${item.edition.year} (due since ${item.dueAt.toISOString()}): ${item.registrations.length} registrations, ` +
            `${item.accreditations.length} press accreditations, ${item.applications.length} exhibitor applications would be anonymised`,
        );
      }
      return;
    }
    const results = await runRetention(db, now, { userId: null, ip: null });
    if (results.length === 0) console.log("Nothing is past its retention period.");
    for (const result of results) {
      console.log(
        `${result.year}: anonymised ${result.registrations} registrations, ${result.accreditations} press accreditations, ${result.applications} exhibitor applications`,
      );
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
