import { Jimp } from "jimp";
import type { UploadType } from "./detect";

// Smaller copies of raster images, in pure JavaScript (jimp: no native binary to download). jimp reads
// PNG and JPEG; a WebP is stored and served as uploaded, without copies or measured size.

const THUMBNAIL_SIZE = 480;
const WEB_SIZE = 1600;
const JPEG_QUALITY = 82;

type ImageCopies = { width: number; height: number; thumbnail: Uint8Array; web: Uint8Array | null };

async function scaledJpeg(source: Awaited<ReturnType<typeof Jimp.read>>, size: number): Promise<Uint8Array> {
  const copy = source.clone();
  copy.scaleToFit({ w: size, h: size });
  return copy.getBuffer("image/jpeg", { quality: JPEG_QUALITY });
}

/**
 * A thumbnail and, for images larger than the web size, a web-size copy (JPEG, the aspect kept);
 * null for types jimp cannot read. Transparent areas turn white, as JPEG has no transparency.
 */
export async function makeImageCopies(bytes: Uint8Array, type: UploadType): Promise<ImageCopies | null> {
  if (type !== "png" && type !== "jpeg") return null;
  const image = await Jimp.read(Buffer.from(bytes));
  const { width, height } = image;
  const flattened = new Jimp({ width, height, color: 0xffffffff }).composite(image, 0, 0);
  const thumbnail = await scaledJpeg(flattened, THUMBNAIL_SIZE);
  const web = Math.max(width, height) > WEB_SIZE ? await scaledJpeg(flattened, WEB_SIZE) : null;
  return { width, height, thumbnail, web };
}
