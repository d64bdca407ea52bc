import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect as baseExpect, test, type Browser, type Page, newGuardedContext } from "./support/test";
import { manageLinkOf, waitForMail } from "./outbox";
import { createTestUser, signIn, useOwnClientAddress, type AdminRole, type TestUser } from "./support/admin-users";
import { createUpcomingSession } from "./support/sessions";

// The invitation journey across both offices and the invitee: Sở KH&CN drafts a batch and proposes
// it, Văn phòng UBND issues it, the invitee opens the e-mailed link without an account, accepts, and
// holds a confirmed seat. Server Actions and PDF rendering take longer than five seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 60_000 });

async function signedIn(browser: Browser, role: AdminRole): Promise<{ page: Page; user: TestUser }> {
  const context = await newGuardedContext(browser);
  await useOwnClientAddress(context);
  const page = await context.newPage();
  const user = await createTestUser(role);
  await signIn(page, user);
  return { page, user };
}

async function signedInPage(browser: Browser, role: AdminRole): Promise<Page> {
  return (await signedIn(browser, role)).page;
}

/** The text of a PDF as poppler's pdftotext reads it, spaces collapsed. */
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "e2e-invitation-"));
  try {
    writeFileSync(path.join(dir, "letter.pdf"), pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", path.join(dir, "letter.pdf"), "-"], { encoding: "utf8" }).normalize("NFC").replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe("invitations", () => {
  test.describe.configure({ timeout: 420_000 });

  test("an organiser proposes, an officer issues, the invitee accepts and gets a confirmed seat", async ({ browser, page }) => {
    test.skip(test.info().project.name !== "desktop", "one journey across three people; walked once, on desktop");
    const stamp = `${Date.now()}${Math.floor(Math.random() * 1e4)}`;
    const email = `khach-moi-${stamp}@example.vn`;
    const subject = `Dự Gặp mặt khách mời Tuần lễ ĐMST (${stamp})`;
    const sessionTitle = `Gặp mặt khách mời ${stamp}`;
    await createUpcomingSession(sessionTitle);

    const organiser = await signedInPage(browser, "ORGANIZER");
    await organiser.goto("/admin/invitations/new");
    await organiser.getByRole("checkbox", { name: new RegExp(sessionTitle) }).check();
    await organiser.getByLabel("Trích yếu").fill(subject);
    await organiser.getByLabel("Họ tên người ký").fill("Trần Phước Hiền");
    await organiser.getByRole("button", { name: "Tạo đợt mời" }).click();
    await expect(organiser.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    // The body was filled in from the session's time and place.
    await expect(organiser.getByLabel("Nội dung")).toHaveValue(new RegExp(`Tới dự ${sessionTitle}\\.\\n- Thời gian: 14 giờ 00, `));

    // The salutation typed into the name, as offices often do: it is printed once, not "Ông/Bà Ông …".
    await organiser.getByLabel("Họ và tên", { exact: true }).fill("Ông Lê Văn Hùng");
    await organiser.getByLabel("Chức vụ", { exact: true }).fill("Giám đốc");
    await organiser.getByLabel("Cơ quan, đơn vị").fill("Sở Văn hóa, Thể thao và Du lịch");
    await organiser.getByLabel("E-mail", { exact: true }).fill(email);
    await organiser.getByRole("button", { name: "Thêm vào danh sách" }).click();
    await expect(organiser.getByRole("status").filter({ hasText: "Đã thêm Lê Văn Hùng." })).toBeVisible();
    await expect(organiser.getByRole("rowheader", { name: "Lê Văn Hùng" })).toBeVisible();
    await expect(organiser.getByRole("cell", { name: "Ông", exact: true })).toBeVisible();

    await organiser.locator("summary", { hasText: "Trình Văn phòng UBND tỉnh" }).click();
    await organiser.getByRole("button", { name: "Trình Văn phòng UBND tỉnh" }).click();
    await expect(organiser.getByText("Đã trình, chờ phát hành")).toBeVisible();
    const batchUrl = organiser.url();

    const officer = await signedInPage(browser, "INVITATION_OFFICER");
    // The officer's dashboard counts the batches waiting to be issued (other tests may add theirs).
    const toIssue = officer.getByRole("region", { name: "Việc đang chờ" }).getByRole("link", { name: /Đợt giấy mời chờ phát hành$/ });
    expect(Number((await toIssue.textContent())?.match(/^\d+/)?.[0])).toBeGreaterThanOrEqual(1);
    await officer.goto(batchUrl);
    await officer.locator("summary", { hasText: "Phát hành 1 giấy mời" }).click();
    await officer.getByRole("button", { name: "Phát hành 1 giấy mời" }).click();
    // Issued: the number is in the list, and the progress shows the PDF rendered and the e-mail sent.
    const pdfLink = officer.getByRole("link", { name: /^Tải PDF số \d{2,}\/GM-UBND$/ });
    await expect(pdfLink).toBeVisible();
    await expect(officer.getByRole("status").filter({ hasText: "PDF: 1/1 · E-mail đã gửi: 1/1 · Lỗi: 0" })).toBeVisible({ timeout: 45_000 });
    // The first numbers of the year's register (this run's database is fresh) keep Decree 30's leading zero.
    const printed = pdfText(await (await officer.request.get((await pdfLink.getAttribute("href"))!)).body());
    expect(printed).toMatch(/Số: 0[1-9]\/GM-UBND/);
    expect(printed).toContain("Ông Lê Văn Hùng – Giám đốc");
    expect(printed.match(/Ông/g)).toHaveLength(1);

    const mail = await waitForMail(email, { timeoutMs: 30_000 });
    expect(mail.subject).toMatch(/^Giấy mời số 0[1-9]\/GM-UBND: /);
    expect(mail.text).toContain("Kính gửi: Ông Lê Văn Hùng – Giám đốc");
    expect(mail.text).toContain("Trân trọng,\nVăn phòng Ủy ban nhân dân tỉnh Quảng Ngãi");
    // On a phone the message keeps to the screen's width: the long reply link wraps.
    const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await phone.setContent(String(mail.html));
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await phone.close();
    expect(mail.attachments.map((attachment) => attachment.contentType)).toContain("application/pdf");
    const link = /https?:\/\/\S+\/invitation\/\S+/.exec(mail.text ?? "")?.[0];
    expect(link).toBeTruthy();

    // A link altered in its signature is refused.
    const tampered = link!.slice(0, -3) + (link!.endsWith("AAA") ? "BBB" : "AAA");
    expect((await page.goto(tampered))?.status()).toBe(404);

    await page.goto(link!);
    await expect(page.getByRole("heading", { level: 1, name: /Giấy mời số 0[1-9]\/GM-UBND/ })).toBeVisible();
    await expect(page.getByText(/Ông Lê Văn Hùng/)).toBeVisible();
    await expect(page.getByText(/Ông\/Bà Ông/)).toHaveCount(0);
    await page.getByRole("radio", { name: "Tôi sẽ tham dự" }).check();
    await page.getByRole("checkbox", { name: /Tôi đồng ý/ }).check();
    await page.getByRole("button", { name: "Gửi phản hồi" }).click();
    await expect(page.getByText(/Quý đại biểu đã xác nhận tham dự\. Mã đại biểu: QN25-/)).toBeVisible();

    const confirmation = await waitForMail(email, { count: 2, timeoutMs: 45_000 });
    await page.goto(manageLinkOf(confirmation));
    const sessions = page.getByRole("region", { name: "Các phiên đã đăng ký" });
    await expect(sessions.getByText(sessionTitle)).toBeVisible();
    await expect(sessions.getByText("Đã xác nhận chỗ")).toHaveCount(1);

    await officer.reload();
    await expect(officer.getByRole("cell", { name: "Tham dự", exact: true })).toBeVisible();
    // The office's spreadsheet of answers says the same.
    const answers = await officer.request.get(await officer.getByRole("link", { name: "Xuất danh sách phản hồi (CSV)" }).getAttribute("href") ?? "");
    expect(answers.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    expect(await answers.text()).toMatch(/\r\n0[1-9]\/GM-UBND,Ông,Lê Văn Hùng,Giám đốc,"Sở Văn hóa, Thể thao và Du lịch",.*,Tham dự,/);
  });

  test("an invitation to a session that has ended is not issued; the office reads and corrects its text, and the proposer is told", async ({ browser }) => {
    test.skip(test.info().project.name !== "desktop", "walked once, on desktop");
    const stamp = `${Date.now()}${Math.floor(Math.random() * 1e4)}`;
    const subject = `Dự Lễ khai mạc đã qua (${stamp})`;
    const { page: organiser, user: proposer } = await signedIn(browser, "ORGANIZER");
    await organiser.goto("/admin/invitations/new");
    // The seeded opening ceremony (25/9/2025) is over by the machine's clock.
    await organiser.getByRole("checkbox", { name: /^Lễ khai mạc/ }).check();
    await organiser.getByLabel("Trích yếu").fill(subject);
    await organiser.getByLabel("Họ tên người ký").fill("Trần Phước Hiền");
    await organiser.getByRole("button", { name: "Tạo đợt mời" }).click();
    await expect(organiser.getByRole("heading", { level: 1, name: subject })).toBeVisible();
    await expect(organiser.getByRole("alert").filter({ hasText: "Không thể phát hành: Lễ khai mạc đã kết thúc." })).toBeVisible();
    await organiser.getByLabel("Họ và tên", { exact: true }).fill("Bà Trần Thị Mai");
    await organiser.getByRole("button", { name: "Thêm vào danh sách" }).click();
    await expect(organiser.getByRole("rowheader", { name: "Trần Thị Mai" })).toBeVisible();
    await organiser.locator("summary", { hasText: "Trình Văn phòng UBND tỉnh" }).click();
    await organiser.getByRole("button", { name: "Trình Văn phòng UBND tỉnh" }).click();
    await expect(organiser.getByText("Đã trình, chờ phát hành")).toBeVisible();

    const officer = await signedInPage(browser, "INVITATION_OFFICER");
    await officer.goto(organiser.url());
    await expect(officer.getByRole("alert").filter({ hasText: "Không thể phát hành: Lễ khai mạc đã kết thúc." })).toBeVisible();
    await expect(officer.getByText(/Phát hành \d+ giấy mời/)).toHaveCount(0);
    // Returning it to the organisers is still possible.
    await expect(officer.locator("summary", { hasText: "Trả lại để chỉnh sửa" })).toBeVisible();

    // The letter's words are on the page, and the office corrects a typo without returning the batch.
    const letter = officer.getByRole("region", { name: "Nội dung giấy mời" });
    await expect(letter).toContainText(subject);
    await expect(letter).toContainText("Tới dự Lễ khai mạc.");
    const corrected = `Dự Lễ khai mạc đã diễn ra (${stamp})`;
    const correction = officer.getByRole("region", { name: "Sửa câu chữ trước khi phát hành" });
    await correction.getByLabel("Trích yếu").fill(corrected);
    await correction.getByLabel("Ghi chú cho người trình (không bắt buộc)").fill("Sửa trích yếu cho đúng.");
    await correction.getByRole("button", { name: "Lưu bản đã sửa" }).click();
    await expect(officer.getByRole("status").filter({ hasText: "Đã lưu bản đã sửa. Người trình đã được báo." })).toBeVisible();
    await expect(officer.getByRole("heading", { level: 1, name: corrected })).toBeVisible();
    const notice = await waitForMail(proposer.email, { timeoutMs: 30_000 });
    expect(notice.subject).toBe(`Văn phòng UBND tỉnh đã sửa câu chữ đợt giấy mời: ${corrected}`);
    expect(notice.text).toContain("Ý kiến: Sửa trích yếu cho đúng.");
    await organiser.reload();
    await expect(organiser.getByRole("status").filter({ hasText: /Văn phòng UBND tỉnh đã sửa câu chữ lúc/ })).toBeVisible();
  });
});
