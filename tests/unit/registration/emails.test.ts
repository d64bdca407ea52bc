import { describe, expect, it } from "vitest";
import {
  renderConfirmationMail,
  renderManageLinkMail,
  renderSeatPromotedMail,
  type MailRegistration,
} from "@/lib/registration/emails";
import { escapeHtml, html } from "@/lib/mail/html";

const seat = (overrides: Partial<MailRegistration["seats"][number]> = {}): MailRegistration["seats"][number] => ({
  sessionId: "00000000-0000-4000-8000-000000000001",
  slug: "le-khai-mac",
  title: "Lễ khai mạc Tuần lễ",
  titleEn: "Opening ceremony",
  sessionStatus: "PUBLISHED",
  // 19/09/2025 08:00 – 11:30 in Quảng Ngãi (UTC+7)
  startsAt: new Date("2025-09-19T01:00:00Z"),
  endsAt: new Date("2025-09-19T04:30:00Z"),
  timesProvisional: false,
  venue: { name: "Trung tâm Hội nghị và Triển lãm tỉnh", nameEn: null, address: "Phường Cẩm Thành, tỉnh Quảng Ngãi" },
  status: "CONFIRMED",
  waitlistPosition: null,
  ...overrides,
});

const registration: MailRegistration = {
  code: "QN25-7F3K9",
  fullName: "Nguyễn Thị Ánh Tuyết",
  edition: { name: "Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025", nameEn: null },
  seats: [
    seat(),
    seat({
      slug: "toa-dam-hien-ke",
      title: "Tọa đàm hiến kế",
      startsAt: new Date("2025-09-20T07:00:00Z"),
      endsAt: new Date("2025-09-20T10:00:00Z"),
      timesProvisional: true,
      status: "WAITLISTED",
      waitlistPosition: 3,
    }),
  ],
};

const links = { manageUrl: "https://example.vn/my-registration/abc123", qrCid: "qr@test", hasCalendar: true };

describe("confirmation e-mail", () => {
  const mail = renderConfirmationMail(registration, links);

  it("names the code, the delegate and the edition in Vietnamese", () => {
    expect(mail.subject).toBe("Xác nhận đăng ký QN25-7F3K9 – Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025");
    expect(mail.text).toContain("Kính gửi Ông/Bà Nguyễn Thị Ánh Tuyết,");
    expect(mail.html).toContain("Kính gửi Ông/Bà Nguyễn Thị Ánh Tuyết,");
    expect(mail.text).toContain("Mã đăng ký: QN25-7F3K9");
  });

  it("lists each session with its local time, venue and seat status", () => {
    expect(mail.text).toContain(
      "- Lễ khai mạc Tuần lễ\n  Thời gian: 19/09/2025, 08:00 – 11:30\n  Địa điểm: Trung tâm Hội nghị và Triển lãm tỉnh, Phường Cẩm Thành, tỉnh Quảng Ngãi\n  Tình trạng: Đã xác nhận chỗ",
    );
    expect(mail.text).toContain("Thời gian: 20/09/2025, 14:00 – 17:00 (giờ dự kiến)");
    expect(mail.text).toContain("Tình trạng: Trong danh sách chờ, vị trí số 3");
    expect(mail.html).toContain("Trong danh sách chờ, vị trí số 3");
  });

  it("carries the manage link and the inline QR image", () => {
    expect(mail.text).toContain(links.manageUrl);
    expect(mail.html).toContain(`href="${links.manageUrl}"`);
    expect(mail.html).toContain('src="cid:qr@test"');
    expect(mail.text).toContain("Tệp lịch (.ics) đính kèm");
  });

  it("does not mention a calendar file when no seat is confirmed", () => {
    const withoutCalendar = renderConfirmationMail(registration, { ...links, hasCalendar: false });
    expect(withoutCalendar.text).not.toContain(".ics");
    expect(withoutCalendar.html).not.toContain(".ics");
  });

  it("shows markup typed into the form as text, never as HTML", () => {
    const hostile = renderConfirmationMail(
      {
        ...registration,
        fullName: `<img src=x onerror="alert(1)">Bob`,
        seats: [
          seat({ title: "<script>steal()</script>", venue: { name: '"><a href="https://evil">', nameEn: null, address: "x" } }),
        ],
      },
      links,
    );
    expect(hostile.html).not.toContain("<img src=x");
    expect(hostile.html).not.toContain("<script>");
    expect(hostile.html).not.toContain('<a href="https://evil">');
    expect(hostile.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Bob");
    expect(hostile.html).toContain("&lt;script&gt;steal()&lt;/script&gt;");
  });
});

describe("manage-link e-mail", () => {
  it("says the address is already registered and gives the new link", () => {
    const mail = renderManageLinkMail(registration, { manageUrl: links.manageUrl });
    expect(mail.text).toContain("Quý đại biểu đã đăng ký tham dự Tuần lễ Đổi mới sáng tạo");
    expect(mail.text).toContain("đây là đường dẫn quản lý đăng ký của Ông/Bà");
    expect(mail.text).toContain(links.manageUrl);
    expect(mail.text).toContain("Nếu Ông/Bà không thực hiện việc đăng ký này");
  });
});

describe("seat-promoted e-mail", () => {
  it("tells the delegate which session they now have a seat at", () => {
    const promoted = seat({ title: "Tọa đàm hiến kế" });
    const mail = renderSeatPromotedMail(registration, promoted, { qrCid: "qr@test" });
    expect(mail.subject).toBe("Quý đại biểu đã có chỗ tại phiên “Tọa đàm hiến kế”");
    expect(mail.text).toContain("Quý đại biểu đã có chỗ tại phiên “Tọa đàm hiến kế”");
    expect(mail.text).toContain("Tình trạng: Đã xác nhận chỗ");
    expect(mail.html).toContain('src="cid:qr@test"');
  });
});

describe("html templates", () => {
  it("escape every interpolated value, including inside attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    expect(html`<p title="${'" onmouseover="x'}">${["<b>", html`<i>ok</i>`]}</p>`.value).toBe(
      '<p title="&quot; onmouseover=&quot;x">&lt;b&gt;<i>ok</i></p>',
    );
  });
});
