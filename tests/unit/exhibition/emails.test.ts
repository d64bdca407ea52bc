import { describe, expect, it } from "vitest";
import { renderApplicationReceivedMail } from "@/lib/exhibition/emails";

const application = {
  organizationName: 'Công ty <b>"Thử"</b> & Cộng sự',
  contactName: "Trần Thị Mai",
  category: "OCOP_PRODUCT" as const,
  products: "Tỏi đen; Hành tím",
  needs: "Điện 220 V\nMột bàn trưng bày",
  phone: "+84905123456",
  createdAt: new Date("2025-09-10T02:05:00Z"),
};
const names = { edition: "Tuần lễ 2025", exhibition: "Triển lãm công nghệ số và sản phẩm đổi mới sáng tạo" };

describe("the acknowledgement of an exhibitor application", () => {
  it("greets the contact in Vietnamese and repeats what was applied for, in local time", () => {
    const mail = renderApplicationReceivedMail(application, names);
    expect(mail.subject).toBe('Đã nhận đơn đăng ký gian hàng của Công ty <b>"Thử"</b> & Cộng sự');
    expect(mail.text).toContain("Kính gửi Trần Thị Mai,");
    expect(mail.text).toContain("- Lĩnh vực: Sản phẩm OCOP");
    expect(mail.text).toContain("- Sản phẩm, giải pháp: Tỏi đen; Hành tím");
    expect(mail.text).toContain("- Nhu cầu về gian hàng: Điện 220 V; Một bàn trưng bày");
    expect(mail.text).toContain("- Thời điểm nhận: 10/09/2025 09:05");
    expect(mail.text).toContain("Ban Tổ chức sẽ xét đơn");
  });

  it("escapes what the applicant typed in the HTML version", () => {
    const { html } = renderApplicationReceivedMail(application, names);
    expect(html).not.toContain("<b>");
    expect(html).toContain("Công ty &lt;b&gt;&quot;Thử&quot;&lt;/b&gt; &amp; Cộng sự");
    expect(html).toContain('<html lang="vi">');
  });
});
