import { describe, expect, it } from "vitest";
import { summarizeRatings, yesterdayBounds } from "@/lib/feedback/rules";
import { renderSurveyMail } from "@/lib/feedback/survey-mail";

describe("feedback rules", () => {
  it("surveys the sessions that ended yesterday in Quảng Ngãi, whatever the server's zone", () => {
    // 00:30 on 26/09 in Quảng Ngãi is still 25/09 in UTC: yesterday is the 25th, local time.
    expect(yesterdayBounds(new Date("2025-09-25T17:30:00Z"))).toEqual({ start: new Date("2025-09-24T17:00:00Z"), end: new Date("2025-09-25T17:00:00Z") });
    expect(yesterdayBounds(new Date("2025-10-01T16:59:59Z"))).toEqual({ start: new Date("2025-09-29T17:00:00Z"), end: new Date("2025-09-30T17:00:00Z") });
  });

  it("counts the answers, averages them to one decimal and spreads them over 1 to 5", () => {
    expect(summarizeRatings([5, 4, 4, 2])).toEqual({ count: 4, average: 3.8, distribution: [0, 1, 0, 2, 1] });
    expect(summarizeRatings([])).toEqual({ count: 0, average: null, distribution: [0, 0, 0, 0, 0] });
  });
});

describe("the survey e-mail", () => {
  it("addresses the delegate respectfully, links the personal survey and escapes what it prints", () => {
    const mail = renderSurveyMail({ fullName: "Nguyễn Văn <An>", sessionTitle: "Lễ khai mạc" }, "https://tuanle.example.vn/y-kien/QN1.a.b");
    expect(mail.subject).toBe("Xin ý kiến của Quý đại biểu về Lễ khai mạc");
    expect(mail.text).toContain("Kính gửi Ông/Bà Nguyễn Văn <An>,");
    expect(mail.text).toContain("https://tuanle.example.vn/y-kien/QN1.a.b");
    expect(mail.html).toContain('href="https://tuanle.example.vn/y-kien/QN1.a.b"');
    expect(mail.html).toContain("Nguyễn Văn &lt;An&gt;");
    expect(mail.text).not.toMatch(/\bbạn\b/i);
  });
});
