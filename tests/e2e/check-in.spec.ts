import { expect, test, type Page } from "@playwright/test";
import jsQR from "jsqr";
import pg from "pg";
import { PNG } from "pngjs";
import { waitForMail } from "./outbox";
import { createTestUser, signIn, useOwnClientAddress } from "./support/admin-users";
import { registerDelegate, uniqueLetters, type RegisteredDelegate } from "./support/delegates";

// Check-in staff at the door of the opening ceremony, on a phone: the QR code of the confirmation
// e-mail is read (here typed by a handheld scanner into the code field; the camera path feeds the same
// function), a forged code is refused, a second scan is flagged, and check-ins made while the hall's
// Wi-Fi is down are sent once the connection returns — exactly once.

const SESSION = "le-khai-mac";

/** The token in the QR code of the delegate's confirmation e-mail. */
async function ticketTokenOf(delegate: RegisteredDelegate): Promise<string> {
  const mail = await waitForMail(delegate.email);
  const qr = mail.attachments.find((attachment) => attachment.contentType === "image/png");
  const image = PNG.sync.read(qr!.content);
  const token = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
  expect(token).toMatch(/^QN1\./);
  return token!;
}

async function checkInRows(code: string): Promise<{ client_event_id: string | null }[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const result = await client.query(
      `SELECT c.client_event_id FROM check_ins c JOIN registrations r ON r.id = c.registration_id WHERE r.code = $1`,
      [code],
    );
    return result.rows;
  } finally {
    await client.end();
  }
}

async function scan(page: Page, code: string) {
  await page.getByPlaceholder("Mã vé (máy quét cầm tay hoặc dán vào)").fill(code);
  await page.getByRole("button", { name: "Kiểm tra" }).click();
}

async function openStation(page: Page) {
  await page.goto("/admin/check-in");
  await page.getByLabel("Phiên đang check-in").selectOption({ label: (await page.locator("#checkin-session option", { hasText: "Lễ khai mạc" }).textContent())! });
  await expect(page.getByText(/^Danh sách \d+ đại biểu, cập nhật lúc/)).toBeVisible();
}

test("staff scan a ticket offline, see a second scan flagged and a forged code refused; the queue is sent once when back online", async ({ page, context, request }) => {
  await useOwnClientAddress(context);
  const delegate = await registerDelegate(request, { fullName: `Nguyễn Văn Đức ${uniqueLetters()}`, sessions: [SESSION] });
  const token = await ticketTokenOf(delegate);
  await signIn(page, await createTestUser("CHECKIN_STAFF"));
  await openStation(page);
  const sent: string[] = [];
  page.on("request", (sending) => {
    if (sending.url().endsWith("/api/admin/check-in/events")) sent.push(sending.postData() ?? "");
  });

  const forged = token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA");
  await scan(page, forged);
  await expect(page.getByTestId("scan-result")).toContainText("Mã QR không hợp lệ hoặc đã bị sửa đổi");

  await context.setOffline(true);
  await expect(page.getByTestId("connection")).toHaveText(/Ngoại tuyến/);
  await scan(page, token);
  const result = page.getByTestId("scan-result");
  await expect(result).toContainText("✓ Đã check-in");
  await expect(result).toContainText(delegate.fullName);
  await expect(result).toContainText("Lễ khai mạc");
  await expect(page.getByTestId("queue")).toHaveText("1 lượt check-in chờ gửi");

  await scan(page, token);
  await expect(result).toContainText(/Đã check-in lúc \d{2}:\d{2}/);
  await expect(page.getByTestId("queue")).toHaveText("1 lượt check-in chờ gửi");
  expect(await checkInRows(delegate.code)).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByTestId("queue")).toHaveText("Không có lượt nào chờ gửi");
  await expect(page.getByTestId("connection")).toHaveText(/Trực tuyến/);
  const rows = await checkInRows(delegate.code);
  expect(rows).toHaveLength(1);
  expect(sent.filter((body) => body.includes(rows[0]!.client_event_id!))).toHaveLength(1);

  await page.reload();
  await openStation(page);
  await page.getByLabel("Tìm theo tên, đơn vị, mã hoặc số điện thoại").fill(delegate.code.toLowerCase());
  await page.getByRole("button", { name: `Check-in ${delegate.fullName}` }).click();
  await expect(result).toContainText(/Đã check-in lúc \d{2}:\d{2}/);
});
