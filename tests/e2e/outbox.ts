import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

// The e2e server runs without SMTP, so each e-mail it sends is an .eml file in MAIL_OUTBOX_DIR
// (scripts/test.ts sets it for the server and for Playwright alike).

function outboxDirectory(): string {
  const directory = process.env.MAIL_OUTBOX_DIR;
  if (!directory) throw new Error("MAIL_OUTBOX_DIR is not set: run the end-to-end tests through scripts/test.ts");
  return directory;
}

async function messagesTo(address: string): Promise<ParsedMail[]> {
  const directory = outboxDirectory();
  const files = await readdir(directory).catch(() => [] as string[]);
  const parsed = await Promise.all(
    files.filter((file) => file.endsWith(".eml")).map(async (file) => simpleParser(await readFile(path.join(directory, file)))),
  );
  const recipients = (mail: ParsedMail) => [mail.to ?? []].flat().flatMap((to) => to.value.map((value) => value.address));
  return parsed
    .filter((mail) => recipients(mail).includes(address))
    .sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0));
}

/** Waits for the `count`-th e-mail to `address` (the server sends after its response) and returns it. */
export async function waitForMail(address: string, { count = 1, timeoutMs = 15_000 } = {}): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = await messagesTo(address);
    if (messages.length >= count) return messages[count - 1]!;
    if (Date.now() > deadline) throw new Error(`no e-mail number ${count} to ${address} in ${outboxDirectory()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** How many e-mails `address` has received so far. */
export async function countMailTo(address: string): Promise<number> {
  return (await messagesTo(address)).length;
}

/** The manage link of a confirmation or manage-link e-mail. */
export function manageLinkOf(mail: ParsedMail): string {
  const link = /https?:\/\/\S+\/my-registration\/[A-Za-z0-9_-]+/.exec(mail.text ?? "")?.[0];
  if (!link) throw new Error(`no manage link in the e-mail "${mail.subject}"`);
  return link;
}
