import { expect, test } from "./support/test";
import { registerDelegate, uniqueLetters } from "./support/delegates";

// A delegate opens the ticket page from the manage page once; at the door, with no network, the
// ticket and its QR code open again from the phone, also in a tab opened afterwards.

test.use({ extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${Math.floor(Math.random() * 250) + 1}` } });

test("the ticket page opens without a network once it was opened on the phone", async ({ page, context, request }) => {
  test.skip(test.info().project.name !== "phone", "a phone's journey");
  const delegate = await registerDelegate(request, { fullName: `Võ Thị ${uniqueLetters()}`, sessions: ["le-khai-mac"] });
  const manage = new URL(delegate.manageUrl);
  await page.goto(manage.pathname);
  await page.getByRole("link", { name: "Vé trên điện thoại (mở được khi không có mạng)" }).click();
  await expect(page).toHaveURL(/\/my-registration\/[\w-]+\/ticket$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Vé tham dự của ${delegate.fullName}`);
  await expect(page.getByTestId("registration-code")).toHaveText(delegate.code);
  await expect(page.getByRole("status")).toHaveText("Vé đã được lưu trên điện thoại này: trang mở được cả khi không có mạng.", {
    timeout: 15_000,
  });

  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = (await (await request.get(manifestHref!)).json()) as Record<string, string>;
  expect(manifest).toMatchObject({
    start_url: new URL(page.url()).pathname,
    scope: new URL(page.url()).pathname,
    display: "standalone",
  });

  // Only this ticket page and static code are kept on the phone.
  const kept = await page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const entry of await (await caches.open(name)).keys()) paths.push(new URL(entry.url).pathname);
    return paths;
  });
  expect(kept.filter((path) => !path.startsWith("/_next/static/"))).toEqual([new URL(page.url()).pathname]);

  await context.setOffline(true);
  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(page.getByTestId("registration-code")).toHaveText(delegate.code);
  await expect(page.getByRole("img", { name: new RegExp(delegate.code) })).toBeVisible();

  const ticketUrl = page.url();
  await page.close();
  const reopened = await context.newPage();
  await reopened.goto(ticketUrl);
  await expect(reopened.getByTestId("registration-code")).toHaveText(delegate.code);
  await context.setOffline(false);
});
