import "server-only";
import { env } from "@/lib/env";
import { currentTime } from "@/lib/time/clock";
import { SPEAKER_LINK_DAYS, signSpeakerUpload, verifySpeakerUpload } from "./upload-link";

// The speaker's upload link with the portal's secret and address.

export const SPEAKER_UPLOAD_PATH = "/tai-lieu/gui";

export function speakerUploadUrl(sessionId: string, now = currentTime()): { url: string; expiresAt: Date } {
  const expiresAt = new Date(now.getTime() + SPEAKER_LINK_DAYS * 24 * 60 * 60 * 1000);
  const token = signSpeakerUpload(sessionId, expiresAt, env.TICKET_SIGNING_SECRET);
  return { url: `${env.PUBLIC_BASE_URL.replace(/\/+$/, "")}${SPEAKER_UPLOAD_PATH}/${encodeURIComponent(token)}`, expiresAt };
}

export function checkSpeakerToken(token: string) {
  return verifySpeakerUpload(token, env.TICKET_SIGNING_SECRET, currentTime());
}
