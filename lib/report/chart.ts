import { Jimp } from "jimp";

// A horizontal bar chart as a PNG for the DOCX (Word shows pictures, not drawings from another
// program). Bars only: the labels and values are in the table right above it and in the caption,
// in the document's own Vietnamese font, which a bitmap drawn here could not match.

const WIDTH = 1200;
const ROW = 56;
const BAR = 36;
const PAD = 24;
const BRAND = [0x0a, 0x2a, 0x5e] as const;
const GRID = [0xd6, 0xdc, 0xe6] as const;

function fill(data: Buffer, width: number, box: { x: number; y: number; w: number; h: number }, rgb: readonly [number, number, number]) {
  for (let y = box.y; y < box.y + box.h; y += 1) {
    for (let x = box.x; x < box.x + box.w; x += 1) {
      const at = (y * width + x) * 4;
      data[at] = rgb[0];
      data[at + 1] = rgb[1];
      data[at + 2] = rgb[2];
      data[at + 3] = 0xff;
    }
  }
}

type ChartSize = { width: number; height: number };

export function chartSize(bars: number): ChartSize {
  return { width: WIDTH, height: PAD * 2 + Math.max(1, bars) * ROW };
}

/** Bars in the order given, the longest spanning the width; gridlines at each quarter. */
export async function renderBarChartPng(values: number[]): Promise<Buffer> {
  const { width, height } = chartSize(values.length);
  const image = new Jimp({ width, height, color: 0xffffffff });
  const data = image.bitmap.data;
  const span = width - PAD * 2;
  for (let quarter = 0; quarter <= 4; quarter += 1) fill(data, width, { x: PAD + Math.round((span - 2) * quarter / 4), y: PAD / 2, w: 2, h: height - PAD }, GRID);
  const largest = Math.max(1, ...values);
  values.forEach((value, index) => {
    const length = Math.round((span * value) / largest);
    if (length > 0) fill(data, width, { x: PAD, y: PAD + index * ROW + (ROW - BAR) / 2, w: length, h: BAR }, BRAND);
  });
  return image.getBuffer("image/png");
}
