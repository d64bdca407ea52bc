import { describe, expect, it } from "vitest";
import { markdownToText, renderMarkdown } from "@/lib/news/markdown";

describe("announcement Markdown", () => {
  it("renders the usual formatting", () => {
    expect(renderMarkdown("## Lịch\n\n**Khai mạc** lúc *8 giờ*.\n\n- một\n- hai")).toBe(
      "<h2>Lịch</h2>\n<p><strong>Khai mạc</strong> lúc <em>8 giờ</em>.</p>\n<ul>\n<li>một</li>\n<li>hai</li>\n</ul>\n",
    );
  });

  it("turns a script tag into visible text, never an element", () => {
    const html = renderMarkdown('Xin chào <script>alert("x")</script> <img src=x onerror=alert(1)>');
    expect(html).not.toMatch(/<script|<img|<[^>]*onerror/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });

  it.each([
    "[bấm vào đây](javascript:alert(1))",
    "[bấm vào đây](JaVaScRiPt:alert(1))",
    "[bấm vào đây](java\tscript:alert(1))",
    "[bấm vào đây](&#106;avascript:alert(1))",
    "[ảnh](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[tệp](vbscript:msgbox(1))",
    "<javascript:alert(1)>",
  ])("leaves no runnable link in %s", (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/href="\s*(javascript|vbscript|data):/i);
    expect(html).not.toMatch(/href="[^"]*&#/i);
  });

  it("keeps web and e-mail links, opened without leaking the referrer", () => {
    expect(renderMarkdown("[Chương trình](https://dost.quangngai.gov.vn/chuong-trinh) hoặc <bantochuc@example.vn>")).toBe(
      '<p><a href="https://dost.quangngai.gov.vn/chuong-trinh" rel="nofollow noopener noreferrer">Chương trình</a> hoặc <a href="mailto:bantochuc@example.vn" rel="nofollow noopener noreferrer">bantochuc@example.vn</a></p>\n',
    );
  });

  it("starts headings below the page title", () => {
    expect(renderMarkdown("# Tiêu đề")).toBe("<h2>Tiêu đề</h2>\n");
  });

  it("summarises as plain text", () => {
    expect(markdownToText("## Tin\n\n**Đậm** và [liên kết](https://a.vn).", 100)).toBe("Tin Đậm và liên kết.");
    expect(markdownToText("a".repeat(300), 10)).toBe(`${"a".repeat(9)}…`);
  });
});
