import { decode, encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateSessionToken } from "@/lib/auth/session-token";
import { changeUserRole, createUser, endUserSessions, setUserDisabled, setUserPassword } from "@/lib/users/store";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

let database: TestDatabase;
const cli = { userId: null, ip: null };
const SECRET = "test-secret-of-at-least-32-characters-long";
const COOKIE = "authjs.session-token";
let sequence = 0;

async function signedInUser() {
  const email = `phien.${++sequence}@sokhcn.gov.vn`;
  const { id } = await createUser(
    database.db,
    { name: `Người dùng ${sequence}`, email, role: "ORGANIZER", password: "cau vong sau mua" },
    cli,
  );
  // The cookie as next-auth writes it at sign-in: an encrypted JWT with our claims.
  const cookie = await encode({
    token: { sub: id, userId: id, role: "ORGANIZER", sessionVersion: 0 },
    secret: SECRET,
    salt: COOKIE,
  });
  const token = async () => decode({ token: cookie, secret: SECRET, salt: COOKIE });
  return { id, email, token };
}

beforeAll(async () => {
  database = await createTestDatabase("migrated");
});

afterAll(async () => {
  await database.drop();
});

describe("session tokens", () => {
  it("are honoured while the user is enabled and their session version unchanged", async () => {
    const { id, email, token } = await signedInUser();
    expect(await validateSessionToken(database.db, await token())).toEqual({
      id,
      email,
      name: expect.any(String),
      role: "ORGANIZER",
    });
  });

  it("stop working once the user signs out anywhere (a copied cookie included)", async () => {
    const { id, token } = await signedInUser();
    await endUserSessions(database.db, id, { userId: id, ip: null });
    expect(await validateSessionToken(database.db, await token())).toBeNull();
  });

  it("stop working when an administrator disables the user, and stay dead after re-enabling", async () => {
    const { id, token } = await signedInUser();
    await setUserDisabled(database.db, id, true, cli);
    expect(await validateSessionToken(database.db, await token())).toBeNull();
    await setUserDisabled(database.db, id, false, cli);
    expect(await validateSessionToken(database.db, await token())).toBeNull();
  });

  it("stop working when the password changes", async () => {
    const { id, token } = await signedInUser();
    await setUserPassword(database.db, id, "mot mat khau moi hoan toan", cli);
    expect(await validateSessionToken(database.db, await token())).toBeNull();
  });

  it("carry the role from the database, so a role change applies at the next request", async () => {
    const { id, token } = await signedInUser();
    await changeUserRole(database.db, id, "CHECKIN_STAFF", cli);
    expect(await validateSessionToken(database.db, await token())).toMatchObject({ id, role: "CHECKIN_STAFF" });
  });

  it("are refused when they lack our claims or name a user who does not exist", async () => {
    expect(await validateSessionToken(database.db, { sub: "x", name: "forged" })).toBeNull();
    expect(
      await validateSessionToken(database.db, {
        userId: "00000000-0000-4000-8000-000000000000",
        role: "ADMIN",
        sessionVersion: 0,
      }),
    ).toBeNull();
  });

  it("cannot be forged without the secret", async () => {
    const { token } = await signedInUser();
    const claims = await token();
    const forged = await encode({
      token: { ...claims, role: "ADMIN" },
      secret: "another-secret-of-at-least-32-characters",
      salt: COOKIE,
    });
    await expect(decode({ token: forged, secret: SECRET, salt: COOKIE })).rejects.toThrow();
  });
});
