import { expect, test, type Page } from "./support/test";
import jsQR from "jsqr";
import pg from "pg";
import { PNG } from "pngjs";
import { waitForMail } from "./outbox";
import { createTestUser, querySessionId, signIn, useOwnClientAddress } from "./support/admin-users";
import { registerDelegate, uniqueLetters, type RegisteredDelegate } from "./support/delegates";

// Check-in staff at the door of the opening ceremony, on a phone: the QR code of the confirmation
// e-mail is read (here typed by a handheld scanner into the code field; the camera path feeds the same
// function), a forged code is refused, a second scan is flagged, and check-ins made while the hall's
// Wi-Fi is down are sent once the connection returns — exactly once. An accredited journalist's press
// pass (the QR code of the approval e-mail) is checked in at the same station. The code printed on a
// ticket or a pass, typed at the station, finds the person as well; the session's head count moves with
// each check-in; and the station, loaded once, opens again with no network at all.

const SESSION = "le-khai-mac";

/** The token in the QR code of the first e-mail to `email` (a ticket or a press pass). */
async function ticketTokenOf({ email }: { email: string }): Promise<string> {
  const mail = await waitForMail(email);
  const qr = mail.attachments.find((attachment) => attachment.contentType === "image/png");
  const image = PNG.sync.read(qr!.content);
  const token = jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
  expect(token).toMatch(/^QN1\./);
  return token!;
}

async function query<Row>(sql: string, values: unknown[]): Promise<Row[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Row[];
  } finally {
    await client.end();
  }
}

function checkInRows(code: string): Promise<{ client_event_id: string | null }[]> {
  return query(`SELECT c.client_event_id FROM check_ins c JOIN registrations r ON r.id = c.registration_id WHERE r.code = $1`, [code]);
}

type Journalist = { fullName: string; email: string; cardNumber: string };

/** A journalist's application covering the opening, as the public form stores it (the form has its own test). */
async function applyForAccreditation(journalist: Journalist): Promise<void> {
  const sessionId = await querySessionId(SESSION);
  await query(
    `WITH accreditation AS (
       INSERT INTO press_accreditations (id, edition_id, full_name, outlet, card_number, email, phone, consent_notice_version, consented_at)
       SELECT gen_random_uuid(), edition_id, $1, 'Báo Quảng Ngãi', $2, $3, '+84905123456', 'press-2025-09-v1', now() FROM sessions WHERE id = $4
       RETURNING id)
     INSERT INTO press_accreditation_sessions (accreditation_id, session_id) SELECT id, $4 FROM accreditation`,
    [journalist.fullName, journalist.cardNumber, journalist.email, sessionId],
  );
}

/** A journalist the organisers approved for the opening, with the press pass code printed on the pass. */
async function approvedJournalist(journalist: Journalist & { passCode: string }): Promise<void> {
  await applyForAccreditation(journalist);
  await query(`UPDATE press_accreditations SET status = 'APPROVED', pass_code = $1, decided_at = now() WHERE email = $2`, [journalist.passCode, journalist.email]);
}

async function scan(page: Page, code: string) {
  await page.getByPlaceholder("Mã vé (máy quét cầm tay hoặc dán vào)").fill(code);
  await page.getByRole("button", { name: "Kiểm tra" }).click();
}

/** Opens the station at the opening once it holds a roster downloaded now, not the one kept on the phone from an earlier visit. */
async function openStation(page: Page) {
  const since = new Date().toISOString();
  await page.goto("/admin/check-in");
  await page.getByLabel("Phiên đang check-in").selectOption({ label: (await page.locator("#checkin-session option", { hasText: "Lễ khai mạc" }).textContent())! });
  const status = page.getByTestId("roster-age");
  await expect(status).toContainText(/^Danh sách trên máy cập nhật lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  await expect.poll(async () => (await status.getAttribute("data-downloaded-at"))! >= since).toBe(true);
}

/** Confirmed seats of active delegates at the opening: who the door expects. */
async function confirmedSeats(): Promise<number> {
  const [row] = await query<{ seats: number }>(
    `SELECT count(*)::int AS seats FROM seats s JOIN registrations r ON r.id = s.registration_id
     WHERE s.session_id = $1 AND s.status = 'CONFIRMED' AND r.status = 'ACTIVE'`,
    [await querySessionId(SESSION)],
  );
  return row!.seats;
}

/** The head count shown for delegates or journalists: checked in, expected. */
async function headCount(page: Page, who: "delegates" | "press"): Promise<{ checkedIn: number; expected: number }> {
  const text = (await page.getByTestId(`count-${who}`).textContent()) ?? "";
  const [checkedIn, expected] = text.split("/").map((part) => Number(part.trim()));
  return { checkedIn: checkedIn!, expected: expected! };
}

test("staff scan a ticket offline, see a second scan flagged and a forged code refused; the queue is sent once when back online", async ({ page, context, request }) => {
  // Registering, going offline and back, and a reload: close to 30 s when the machine is busy.
  test.slow();
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
  // Found by search after the reload, the delegate shows the time of the check-in, not a "Check-in" button.
  await page.getByLabel("Tìm theo tên, đơn vị, mã, số điện thoại hoặc số thẻ nhà báo").fill(delegate.code.toLowerCase());
  await expect(page.getByTestId("result-checked-in")).toHaveText(/^Đã check-in lúc \d{2}:\d{2}$/);
  await expect(page.getByRole("button", { name: `Check-in ${delegate.fullName}` })).toHaveCount(0);
});

test("a ticket cancelled while the phone is offline is admitted at the door, then refused by the server, and the staff are told by name", async ({ page, context, request }) => {
  test.slow();
  await useOwnClientAddress(context);
  const delegate = await registerDelegate(request, { fullName: `Trần Thị Mai ${uniqueLetters()}`, sessions: [SESSION] });
  const token = await ticketTokenOf(delegate);
  await signIn(page, await createTestUser("CHECKIN_STAFF"));
  await openStation(page);

  await context.setOffline(true);
  await expect(page.getByTestId("connection")).toHaveText(/Ngoại tuyến/);
  await scan(page, token);
  await expect(page.getByTestId("scan-result")).toContainText("✓ Đã check-in");
  await expect(page.getByTestId("queue")).toHaveText("1 lượt check-in chờ gửi");
  // Meanwhile an organiser cancels the registration (the cancellation itself has its own tests).
  await query(`UPDATE registrations SET status = 'CANCELLED', cancelled_at = now() WHERE code = $1`, [delegate.code]);

  await context.setOffline(false);
  await expect(page.getByTestId("queue")).toHaveText("Không có lượt nào chờ gửi");
  const alert = page.getByTestId("unrecorded");
  await expect(alert).toContainText("Máy chủ không ghi nhận 1 lượt check-in");
  await expect(alert).toContainText(delegate.fullName);
  await expect(alert).toContainText(delegate.code);
  await expect(alert).toContainText("Lễ khai mạc");
  expect(await checkInRows(delegate.code)).toEqual([]);
  await alert.getByRole("button", { name: "Đã xử lý" }).click();
  await expect(alert).toHaveCount(0);
});

test("an accredited journalist's press pass is checked in with the press badge, flagged on a second scan, found by card number, and refused once withdrawn", async ({ page, context }) => {
  // Four sign-ins, an approval with its e-mail and a withdrawal: more than one journey's time.
  test.slow();
  await useOwnClientAddress(context);
  const letters = uniqueLetters();
  const journalist = { fullName: `Phạm Thu Hà ${letters}`, email: `phong.vien.${letters.toLowerCase()}.${Date.now()}@baoqn.example.vn`, cardNumber: `BC-${letters}/2025` };
  await applyForAccreditation(journalist);
  await signIn(page, await createTestUser("ORGANIZER"));
  await page.goto("/admin/press");
  const row = page.getByRole("row").filter({ hasText: journalist.email });
  await row.getByRole("button", { name: "Duyệt và gửi thẻ" }).click();
  await expect(row).toContainText("Đã duyệt", { timeout: 15_000 });
  const pass = await ticketTokenOf(journalist);

  await context.clearCookies();
  await signIn(page, await createTestUser("CHECKIN_STAFF"));
  await openStation(page);
  await scan(page, pass);
  const result = page.getByTestId("scan-result");
  await expect(result).toContainText("✓ Đã check-in");
  await expect(result).toContainText("Báo chí");
  await expect(result).toContainText(journalist.fullName);
  await expect(result).toContainText("Báo Quảng Ngãi");
  await expect(result).toContainText("Các phiên đưa tin");
  await expect(result).toContainText("Lễ khai mạc");
  await expect(page.getByTestId("queue")).toHaveText("Không có lượt nào chờ gửi");
  const recorded = () =>
    query<{ staff: string }>(
      `SELECT u.email AS staff FROM check_ins c JOIN press_accreditations a ON a.id = c.accreditation_id JOIN users u ON u.id = c.staff_user_id WHERE a.email = $1`,
      [journalist.email],
    );
  expect(await recorded()).toHaveLength(1);

  await scan(page, pass);
  await expect(result).toContainText(/Đã check-in lúc \d{2}:\d{2}/);
  await expect(result).toContainText(journalist.fullName);

  const forged = pass.slice(0, -2) + (pass.endsWith("AA") ? "BB" : "AA");
  await scan(page, forged);
  await expect(result).toContainText("Mã QR không hợp lệ hoặc đã bị sửa đổi");

  await page.getByLabel("Tìm theo tên, đơn vị, mã, số điện thoại hoặc số thẻ nhà báo").fill(journalist.cardNumber.toLowerCase());
  await expect(page.getByTestId("result-checked-in")).toHaveText(/^Đã check-in lúc \d{2}:\d{2}$/);
  await expect(page.getByRole("button", { name: `Check-in ${journalist.fullName}` })).toHaveCount(0);
  expect(await recorded()).toHaveLength(1);

  // The organisers withdraw the pass: the door refuses it by name, however often it is scanned.
  await context.clearCookies();
  await signIn(page, await createTestUser("ORGANIZER"));
  await page.goto("/admin/press");
  await row.locator("summary", { hasText: "Thu hồi thẻ" }).click();
  await row.getByRole("button", { name: "Thu hồi thẻ tác nghiệp" }).click();
  await expect(row).toContainText("Đã thu hồi thẻ", { timeout: 15_000 });
  await context.clearCookies();
  await signIn(page, await createTestUser("CHECKIN_STAFF"));
  await openStation(page);
  await scan(page, pass);
  await expect(result).toContainText("Thẻ tác nghiệp đã bị thu hồi — không cho vào");
  await expect(result).toContainText(journalist.fullName);
  await expect(result.getByRole("button")).toHaveCount(0);
});

test("staff type the code printed on a ticket and on a press pass, the person is checked in and the session's head count moves", async ({ page, context, request }) => {
  test.slow();
  await useOwnClientAddress(context);
  const delegate = await registerDelegate(request, { fullName: `Lê Văn Tâm ${uniqueLetters()}`, sessions: [SESSION] });
  const letters = uniqueLetters();
  const journalist = {
    fullName: `Võ Minh Khoa ${letters}`,
    email: `phong.vien.${letters}.${Date.now()}@baoqn.example.vn`,
    cardNumber: `BC-${letters}/2025`,
    passCode: `BC25-${letters.toUpperCase()}`,
  };
  await approvedJournalist(journalist);
  await signIn(page, await createTestUser("CHECKIN_STAFF"));
  // Expected: the opening's confirmed seats, not every delegate of the edition (other tests register meanwhile).
  const seatsBefore = await confirmedSeats();
  await openStation(page);
  const seatsAfter = await confirmedSeats();
  const delegatesBefore = await headCount(page, "delegates");
  const pressBefore = await headCount(page, "press");
  expect(delegatesBefore.expected).toBeGreaterThanOrEqual(seatsBefore);
  expect(delegatesBefore.expected).toBeLessThanOrEqual(seatsAfter);
  expect(pressBefore.expected).toBeGreaterThanOrEqual(1);

  const result = page.getByTestId("scan-result");
  // As staff type it from the ticket: lower case, a space for the dash.
  await scan(page, delegate.code.toLowerCase().replace("-", " "));
  await expect(result).toContainText("✓ Đã check-in");
  await expect(result).toContainText(delegate.fullName);
  await expect.poll(async () => (await headCount(page, "delegates")).checkedIn).toBeGreaterThanOrEqual(delegatesBefore.checkedIn + 1);
  await expect.poll(() => checkInRows(delegate.code)).toHaveLength(1);

  await scan(page, journalist.passCode);
  await expect(result).toContainText("✓ Đã check-in");
  await expect(result).toContainText("Báo chí");
  await expect(result).toContainText(journalist.fullName);
  await expect.poll(async () => (await headCount(page, "press")).checkedIn).toBeGreaterThanOrEqual(pressBefore.checkedIn + 1);
  expect((await headCount(page, "press")).expected).toBeGreaterThanOrEqual(pressBefore.expected);

  // Found by search, the delegate shows the time of the check-in rather than a second "Check-in".
  await page.getByLabel("Tìm theo tên, đơn vị, mã, số điện thoại hoặc số thẻ nhà báo").fill(delegate.fullName);
  await expect(page.getByTestId("result-checked-in")).toHaveText(/^Đã check-in lúc \d{2}:\d{2}$/);
  await expect(page.getByRole("button", { name: `Check-in ${delegate.fullName}` })).toHaveCount(0);

  // A code that is on no valid ticket is not called forged: staff are told to check it.
  await scan(page, "QN25-ZZZZZ");
  await expect(result).toContainText("Không tìm thấy mã QN25-ZZZZZ");
  await expect(result).not.toContainText("giả mạo");
});

test("the station, loaded once, opens with no network, checks a delegate in from the roster kept on the phone, and sends it when the network returns", async ({ page, context, request }) => {
  test.slow();
  await useOwnClientAddress(context);
  const delegate = await registerDelegate(request, { fullName: `Đặng Thị Lan ${uniqueLetters()}`, sessions: [SESSION] });
  await signIn(page, await createTestUser("CHECKIN_STAFF"));
  await openStation(page);
  // Installable: the page names a manifest whose scope is the station alone.
  const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = (await (await request.get(manifestUrl!)).json()) as { scope: string; start_url: string; display: string };
  expect(manifest).toMatchObject({ scope: "/admin/check-in", start_url: "/admin/check-in", display: "standalone" });
  await expect(page.getByTestId("offline-ready")).toHaveText("Trạm đã được lưu trên máy: mở được cả khi mất mạng.", { timeout: 15_000 });

  // The service worker keeps the station page and static code only: no API answer, no other admin page.
  const kept = await page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });
  expect(kept).toContain("/admin/check-in");
  expect(kept.filter((path) => path !== "/admin/check-in" && !path.startsWith("/_next/static/"))).toEqual([]);

  await context.setOffline(true);
  // The worker itself has no network either: the page below can only come from what it kept.
  const [worker] = context.serviceWorkers();
  expect(await worker!.evaluate(() => fetch("/api/health").then(() => "reached", () => "offline"))).toBe("offline");
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId("connection")).toHaveText(/Ngoại tuyến/);
  await page.getByLabel("Phiên đang check-in").selectOption({ label: (await page.locator("#checkin-session option", { hasText: "Lễ khai mạc" }).textContent())! });
  await expect(page.getByTestId("roster-age")).toContainText("Danh sách trên máy cập nhật lúc");
  const before = await headCount(page, "delegates");
  await scan(page, delegate.code);
  const result = page.getByTestId("scan-result");
  await expect(result).toContainText("✓ Đã check-in");
  await expect(result).toContainText(delegate.fullName);
  await expect(page.getByTestId("queue")).toHaveText("1 lượt check-in chờ gửi");
  expect((await headCount(page, "delegates")).checkedIn).toBe(before.checkedIn + 1);
  expect(await checkInRows(delegate.code)).toEqual([]);

  // The tab is closed and the station opened again, still offline: the queue, the roster and the
  // chosen session were kept on the phone. (Whether nothing leaves while offline is checked above, after
  // the reload: Chromium's offline emulation of a tab opened afterwards lets a request slip through now and then.)
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto("/admin/check-in");
  await expect(reopened.getByTestId("queue")).toHaveText("1 lượt check-in chờ gửi");
  await expect(reopened.getByLabel("Phiên đang check-in")).toHaveValue(await querySessionId(SESSION));
  await expect(reopened.getByTestId("count-delegates")).toHaveText(`${before.checkedIn + 1} / ${before.expected}`);

  await context.setOffline(false);
  await expect(reopened.getByTestId("queue")).toHaveText("Không có lượt nào chờ gửi", { timeout: 15_000 });
  await expect.poll(() => checkInRows(delegate.code)).toHaveLength(1);
});
