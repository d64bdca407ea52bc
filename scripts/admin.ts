import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import en from "../lib/i18n/messages/en.json";
import { createPrismaClient, type Database } from "../lib/db-client";
import { DomainError } from "../lib/errors";
import { Role } from "../lib/generated/prisma/enums";
import { createUserSchemas, passwordMessage } from "../lib/users/schema";
import * as store from "../lib/users/store";
import { openCommandDatabase } from "./command-database";

// `npm run admin -- <command>`: user accounts from the command line. There is no default account;
// the first administrator is created here. Passwords come from a hidden prompt or ADMIN_PASSWORD,
// never from an argument (arguments end up in shell history and in `ps`).

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const USAGE = `Usage: npm run admin -- <command> [options]

  create-user --email <e-mail> --name "<full name>" --role <admin|organizer|invitation-officer|checkin-staff>
  set-password --email <e-mail>      new password; ends the user's sessions
  disable --email <e-mail>           blocks sign-in and ends the user's sessions
  enable --email <e-mail>
  list

The password is read from ADMIN_PASSWORD if set, otherwise asked for (hidden) on the terminal.
Without DATABASE_URL the embedded database of \`npm start\` is used (joined if it is running).`;

const ROLE_NAMES: Record<string, Role> = {
  admin: Role.ADMIN,
  administrator: Role.ADMIN,
  organizer: Role.ORGANIZER,
  organiser: Role.ORGANIZER,
  "invitation-officer": Role.INVITATION_OFFICER,
  "checkin-staff": Role.CHECKIN_STAFF,
  "check-in-staff": Role.CHECKIN_STAFF,
};

class UsageError extends Error {}

function parseRole(value: string | undefined): Role {
  const role = value
    ? (ROLE_NAMES[value.toLowerCase()] ?? (Object.values(Role) as string[]).find((name) => name === value))
    : undefined;
  if (!role) throw new UsageError(`--role must be one of: ${Object.keys(ROLE_NAMES).join(", ")}`);
  return role as Role;
}

function required(value: string | undefined, option: string): string {
  if (!value) throw new UsageError(`${option} is required`);
  return value;
}

/** Reads a line without echoing it (raw mode), as `sudo` and `passwd` do. */
function promptHidden(question: string): Promise<string> {
  const input = process.stdin;
  process.stderr.write(question);
  return new Promise((resolve, reject) => {
    let answer = "";
    input.setRawMode(true);
    input.resume();
    input.setEncoding("utf8");
    const finish = (error?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off("data", onData);
      process.stderr.write("\n");
      if (error) reject(error);
      else resolve(answer);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === "\r" || character === "\n") return finish();
        if (character === "\u0003") return finish(new UsageError("cancelled"));
        if (character === "\u007f" || character === "\b") answer = [...answer].slice(0, -1).join("");
        else if (character >= " ") answer += character;
      }
    };
    input.on("data", onData);
  });
}

async function readStdinLine(): Promise<string> {
  let text = "";
  for await (const chunk of process.stdin) text += chunk;
  return text.split(/\r?\n/)[0] ?? "";
}

/** The new password: ADMIN_PASSWORD, a hidden prompt asked twice, or the first line of piped input. */
async function readNewPassword(context: { email: string; name: string }): Promise<string> {
  let password: string;
  if (process.env.ADMIN_PASSWORD) {
    password = process.env.ADMIN_PASSWORD;
  } else if (process.stdin.isTTY) {
    password = await promptHidden("New password: ");
    if ((await promptHidden("Repeat it: ")) !== password) throw new UsageError("the two passwords differ");
  } else {
    password = await readStdinLine();
  }
  const problem = passwordMessage(password, context, en.adminForm);
  if (problem) throw new UsageError(problem);
  return password;
}

/** The database of DATABASE_URL, of a running `npm start`, or the embedded one started for this command. */
async function openDatabase(): Promise<{ db: Database; close: () => Promise<void> }> {
  const database = await openCommandDatabase({ prepare: true, log: (line) => console.error(`[admin] ${line}`) });
  const db = createPrismaClient(database.url, { maxConnections: 2 });
  return {
    db,
    close: async () => {
      await db.$disconnect();
      await database.stop();
    },
  };
}

async function findByEmail(db: Database, email: string) {
  const user = await store.findUserByEmail(db, email.trim().toLowerCase());
  if (!user) throw new UsageError(`no account has the e-mail ${email}`);
  return user;
}

const CLI_ACTOR = { userId: null, ip: null };

async function run(command: string, options: { email?: string; name?: string; role?: string }, db: Database) {
  switch (command) {
    case "create-user": {
      const parsed = createUserSchemas(en.adminForm).newUser.safeParse({
        email: required(options.email, "--email"),
        name: required(options.name, "--name"),
        role: parseRole(options.role),
        passwordMode: "generate",
      });
      if (!parsed.success)
        throw new UsageError(parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; "));
      const { email, name, role } = parsed.data;
      const password = await readNewPassword({ email, name });
      try {
        const { id } = await store.createUser(db, { email, name, role, password }, CLI_ACTOR);
        console.log(`Created ${role} ${email} (${id}).`);
      } catch (error) {
        if (error instanceof DomainError && error.code === "CONFLICT") throw new UsageError(`${email} already has an account`);
        throw error;
      }
      return;
    }
    case "set-password": {
      const user = await findByEmail(db, required(options.email, "--email"));
      const password = await readNewPassword(user);
      await store.setUserPassword(db, user.id, password, CLI_ACTOR);
      console.log(`Password of ${user.email} changed; their sessions have ended.`);
      return;
    }
    case "disable":
    case "enable": {
      const user = await findByEmail(db, required(options.email, "--email"));
      await store.setUserDisabled(db, user.id, command === "disable", CLI_ACTOR);
      console.log(command === "disable" ? `${user.email} disabled; their sessions have ended.` : `${user.email} enabled.`);
      return;
    }
    case "list": {
      const users = await store.listUsers(db);
      if (users.length === 0) console.log("No accounts yet. Create the first administrator with create-user --role admin.");
      for (const user of users) {
        const status = user.disabledAt ? "disabled" : "active";
        console.log([user.email, user.role, status, user.name].join("\t"));
      }
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

async function main() {
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command] = positionals;
  if (!command || values.help) {
    console.log(USAGE);
    return;
  }
  if (!["create-user", "set-password", "disable", "enable", "list"].includes(command))
    throw new UsageError(`unknown command "${command}"`);
  const { db, close } = await openDatabase();
  try {
    await run(command, values, db);
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`admin: ${error.message}\n\n${USAGE}`);
  } else if (error instanceof Error && error.message.includes("Unknown option")) {
    console.error(`admin: ${error.message} (passwords are never given as arguments)\n\n${USAGE}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
