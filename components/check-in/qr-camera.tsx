"use client";

import { useEffect, useRef, useState } from "react";
import { formatMessage } from "@/lib/i18n/translator";

// The phone's camera as a QR scanner: the browser's BarcodeDetector where it exists, otherwise jsQR,
// bundled with the page (loaded on first use, never from a CDN), reading frames through a canvas.

type Detect = (video: HTMLVideoElement) => Promise<string | null>;

type BarcodeDetectorLike = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

const SCAN_INTERVAL_MS = 250;
/** The same code in front of the camera is reported once, not four times a second. */
const REPEAT_AFTER_MS = 3_000;

async function createDetector(): Promise<Detect> {
  const Native = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  if (Native) {
    const detector = new Native({ formats: ["qr_code"] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const { default: jsQR } = await import("jsqr");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return async (video) => {
    if (!context || video.videoWidth === 0) return null;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    context.drawImage(video, 0, 0);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return jsQR(image.data, image.width, image.height, { inversionAttempts: "dontInvert" })?.data ?? null;
  };
}

type Props = { onCode: (code: string) => void; labels: { start: string; stop: string; unavailable: string; video: string } };

export function QrCamera({ onCode, labels }: Props) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    if (!running) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    let stopped = false;
    let last = { code: "", at: 0 };
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
        const video = videoRef.current;
        if (stopped || !video) return;
        video.srcObject = stream;
        await video.play();
        const detect = await createDetector();
        timer = setInterval(async () => {
          const code = await detect(video).catch(() => null);
          if (!code || (code === last.code && Date.now() - last.at < REPEAT_AFTER_MS)) return;
          last = { code, at: Date.now() };
          onCodeRef.current(code);
        }, SCAN_INTERVAL_MS);
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
        setRunning(false);
      }
    })();
    return () => {
      stopped = true;
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [running]);

  return (
    <div className="space-y-3">
      <button
        type="button"
        onClick={() => {
          setProblem(null);
          setRunning((value) => !value);
        }}
        className="min-h-12 w-full rounded-md bg-brand-800 px-5 py-3 text-lg font-semibold text-white hover:bg-brand-900"
      >
        {running ? labels.stop : labels.start}
      </button>
      {running && <video ref={videoRef} aria-label={labels.video} muted playsInline className="aspect-square w-full rounded-md bg-black object-cover" />}
      {problem && (
        <p role="alert" className="font-semibold text-accent-700">
          {formatMessage(labels.unavailable, { reason: problem })}
        </p>
      )}
    </div>
  );
}
