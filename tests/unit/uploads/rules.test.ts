import { describe, expect, it } from "vitest";
import { detectUploadType } from "@/lib/uploads/detect";
import { checkUpload, contentDisposition, downloadName, formatFileSize } from "@/lib/uploads/rules";

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part, "utf8") : Buffer.from(part))));

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], "IHDR");
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0], "JFIF");
const WEBP = bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ");
const PDF = bytes("%PDF-1.7\n%âãÏÓ\n");
const ZIP = bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0]);
const ELF = bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
const WINDOWS_EXE = bytes("MZ", [0x90, 0, 3, 0]);
const SHELL_SCRIPT = bytes("#!/bin/sh\nrm -rf /\n");
const HTML = bytes("<!doctype html><html><body><script>alert(1)</script></body></html>");

describe("file type by content", () => {
  it.each([
    ["PNG", PNG, "png"],
    ["JPEG", JPEG, "jpeg"],
    ["WebP", WEBP, "webp"],
    ["PDF", PDF, "pdf"],
    ["ZIP", ZIP, "zip"],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'), "svg"],
    [
      "SVG after a declaration, comment and doctype",
      bytes('\uFEFF<?xml version="1.0"?>\n<!-- logo -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x">\n<svg>'),
      "svg",
    ],
  ] as const)("recognises %s", (_name, content, type) => {
    expect(detectUploadType(content)).toBe(type);
  });

  it.each([
    ["a Linux executable", ELF],
    ["a Windows executable", WINDOWS_EXE],
    ["a shell script", SHELL_SCRIPT],
    ["an HTML page", HTML],
    ["an HTML page holding an SVG", bytes("<html><svg></svg></html>")],
  ])("recognises nothing in %s", (_name, content) => {
    expect(detectUploadType(content)).toBeNull();
  });
});

describe("an upload", () => {
  it.each([
    ["an executable", ELF],
    ["a Windows executable", WINDOWS_EXE],
    ["an HTML page", HTML],
  ])("named .png that is really %s is refused as a photo and as a logo", (_name, content) => {
    // The name plays no part in the check: there is no name to pass.
    expect(checkUpload(content, "PHOTO")).toMatchObject({ ok: false, reason: "wrong-type" });
    expect(checkUpload(content, "LOGO")).toMatchObject({ ok: false, reason: "wrong-type" });
  });

  it("is accepted only in the types of its purpose", () => {
    expect(checkUpload(PDF, "PRESS_RELEASE")).toEqual({ ok: true, type: "pdf" });
    expect(checkUpload(PNG, "PRESS_RELEASE")).toMatchObject({ ok: false, reason: "wrong-type" });
    expect(checkUpload(PNG, "booth-image")).toEqual({ ok: true, type: "png" });
    expect(checkUpload(ZIP, "booth-image")).toMatchObject({ ok: false, reason: "wrong-type" });
  });

  it("is refused when empty or over its size limit", () => {
    expect(checkUpload(new Uint8Array(), "PHOTO")).toMatchObject({ ok: false, reason: "empty" });
    const tooBig = new Uint8Array(10 * 1024 * 1024 + 1);
    tooBig.set(PNG);
    expect(checkUpload(tooBig, "booth-image")).toMatchObject({ ok: false, reason: "too-large", maxBytes: 10 * 1024 * 1024 });
  });
});

describe("download names", () => {
  it("keep the uploader's name but take the extension of the real type", () => {
    expect(downloadName("C:\\Users\\an\\Thông cáo báo chí.exe", "pdf")).toBe("Thông cáo báo chí.pdf");
    expect(downloadName('../../"etc"/passwd', "png")).toBe("passwd.png");
    expect(downloadName("", "zip")).toBe("tep.zip");
  });

  it("are sent in UTF-8 with an ASCII fallback", () => {
    expect(contentDisposition("Logo Tuần lễ đổi mới.svg", "attachment")).toBe(
      "attachment; filename=\"Logo Tuan le doi moi.svg\"; filename*=UTF-8''Logo%20Tu%E1%BA%A7n%20l%E1%BB%85%20%C4%91%E1%BB%95i%20m%E1%BB%9Bi.svg",
    );
  });

  it("show sizes in each language's style", () => {
    expect(formatFileSize(2_516_582, "vi")).toBe("2,4 MB");
    expect(formatFileSize(2_516_582, "en")).toBe("2.4 MB");
    expect(formatFileSize(300, "en")).toBe("1 KB");
  });
});
