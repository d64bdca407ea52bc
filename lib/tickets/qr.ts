import QRCode from "qrcode";

// Medium error correction survives a scuffed print-out or a cracked phone screen; the token is short.
const OPTIONS = { errorCorrectionLevel: "M", margin: 2 } as const;

/** A PNG of the QR code, for e-mail attachments. */
export function renderQrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: "png", width: 400 });
}

/** The QR code's dark modules, row by row, for drawing it as vector shapes (PDF). */
export function qrModules(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel });
  return Array.from({ length: modules.size }, (_, row) =>
    Array.from({ length: modules.size }, (_, column) => Boolean(modules.get(row, column))),
  );
}

/** An SVG of the QR code, for pages (sharp at any print size). */
export function renderQrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { ...OPTIONS, type: "svg" });
}
