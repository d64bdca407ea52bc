import { describe, expect, it } from "vitest";
import { imageDimensions, MAX_IMAGE_PIXELS } from "@/lib/uploads/dimensions";
import { checkUpload } from "@/lib/uploads/rules";
import { makePng } from "../../fixtures/images";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A PNG header announcing any size, with nothing behind it: what a decompression bomb starts with. */
function pngHeader(width: number, height: number): Uint8Array {
  const bytes = new Uint8Array(33);
  bytes.set(PNG_SIGNATURE);
  const view = new DataView(bytes.buffer);
  view.setUint32(8, 13);
  bytes.set([0x49, 0x48, 0x44, 0x52], 12);
  view.setUint32(16, width);
  view.setUint32(20, height);
  return bytes;
}

/** A JPEG's start, an APP0 segment, then a baseline frame header of the given size. */
function jpegHeader(width: number, height: number): Uint8Array {
  return new Uint8Array([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
    0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00,
  ]);
}

describe("an image's size, read from its header before anything decodes it", () => {
  it("reads PNG and JPEG sizes", async () => {
    expect(imageDimensions(await makePng(640, 480), "png")).toEqual({ width: 640, height: 480 });
    expect(imageDimensions(jpegHeader(4000, 3000), "jpeg")).toEqual({ width: 4000, height: 3000 });
  });

  it("refuses a picture that announces more pixels than the limit, and accepts a camera's photo", () => {
    expect(checkUpload(pngHeader(50_000, 50_000), "PHOTO")).toMatchObject({ ok: false, reason: "too-many-pixels" });
    expect(checkUpload(jpegHeader(65_535, 65_535), "booth-image")).toMatchObject({ ok: false, reason: "too-many-pixels" });
    expect(8_000 * 6_000).toBeLessThan(MAX_IMAGE_PIXELS);
    expect(checkUpload(jpegHeader(8_000, 6_000), "PHOTO")).toEqual({ ok: true, type: "jpeg" });
  });
});
