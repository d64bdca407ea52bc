import type { UploadType } from "./detect";

// An image's size in pixels read from its header, before anything decodes it: a 50 kB PNG can
// announce 50,000 × 50,000 pixels and take gigabytes once decoded (a decompression bomb).

/** Larger than any photo a camera or phone takes (a 50-megapixel sensor), far below what a bomb announces. */
export const MAX_IMAGE_PIXELS = 60_000_000;

type Dimensions = { width: number; height: number };

function pngDimensions(bytes: Uint8Array): Dimensions | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds the frame's size. */
function jpegDimensions(bytes: Uint8Array): Dimensions | null {
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = (bytes[offset + 2]! << 8) | bytes[offset + 3]!;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: (bytes[offset + 5]! << 8) | bytes[offset + 6]!, width: (bytes[offset + 7]! << 8) | bytes[offset + 8]! };
    offset += 2 + length;
  }
  return null;
}

function webpDimensions(bytes: Uint8Array): Dimensions | null {
  if (bytes.length < 30) return null;
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  const u24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
  if (chunk === "VP8X") return { width: u24(24) + 1, height: u24(27) + 1 };
  if (chunk === "VP8L") {
    const bits = bytes[21]! | (bytes[22]! << 8) | (bytes[23]! << 16) | (bytes[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8 ") return { width: (bytes[26]! | (bytes[27]! << 8)) & 0x3fff, height: (bytes[28]! | (bytes[29]! << 8)) & 0x3fff };
  return null;
}

/** Width and height of a raster image from its header; null for other types or a header that says nothing. */
export function imageDimensions(bytes: Uint8Array, type: UploadType): Dimensions | null {
  if (type === "png") return pngDimensions(bytes);
  if (type === "jpeg") return jpegDimensions(bytes);
  if (type === "webp") return webpDimensions(bytes);
  return null;
}
