import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { ACTOR, DRAFT, sessionIds, useServerEnv } from "./helpers";

// Invitees saved before the salutation field had it typed into the name ("Ông Lê Văn Hùng"), which
// printed "Ông/Bà Ông Lê Văn Hùng". The migration's data step moves it out of the name; this runs
// that very step again on names saved the old way.

const MIGRATIONS = path.resolve(__dirname, "../../../prisma/migrations");

function salutationDataStep(): string {
  const folder = readdirSync(MIGRATIONS).find((name) => name.endsWith("_invitee_salutation"));
  const sql = readFileSync(path.join(MIGRATIONS, folder!, "migration.sql"), "utf8");
  return sql.slice(sql.indexOf("UPDATE"));
}

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  useServerEnv(database.url);
});

afterAll(async () => {
  await database?.drop();
});

describe("moving typed salutations out of invitees' names", () => {
  it("keeps Ông and Bà as the salutation, drops Ông/Bà, and leaves other names alone", async () => {
    const store = await import("@/lib/invitations/store");
    const { id } = await store.createBatch(database.db, { ...DRAFT, sessionIds: await sessionIds(database.db, ["le-khai-mac"]) }, ACTOR);
    const names = ["Ông Lê Văn Hùng", "Bà Trần Thị Mai", "Ông/Bà Phạm Văn Tư", "ÔNG  Võ Văn Kiệt", "Bàng Văn Quý", "Nguyễn Văn An", "Ông"];
    await database.db.invitee.createMany({ data: names.map((fullName, index) => ({ batchId: id, fullName, email: `cu.${index}@quangngai.gov.vn` })) });
    await database.db.$executeRawUnsafe(salutationDataStep());
    const rows = await database.db.invitee.findMany({ where: { batchId: id }, select: { salutation: true, fullName: true, email: true }, orderBy: { email: "asc" } });
    expect(rows.map(({ salutation, fullName }) => [salutation, fullName])).toEqual([
      ["Ông", "Lê Văn Hùng"],
      ["Bà", "Trần Thị Mai"],
      [null, "Phạm Văn Tư"],
      ["Ông", "Võ Văn Kiệt"],
      [null, "Bàng Văn Quý"],
      [null, "Nguyễn Văn An"],
      [null, "Ông"],
    ]);
  });
});
