import { formatMessage } from "@/lib/i18n/translator";
import { UPLOAD_TYPES, type UploadType } from "./detect";
import { MAX_IMAGE_PIXELS } from "./dimensions";
import { formatFileSize, type UploadRefusalReason } from "./rules";

// Why an upload was refused, in words for the admin forms (Vietnamese; the admin area is Vietnamese).

export type UploadRefusal = { reason: UploadRefusalReason; maxBytes?: number; allowed?: readonly string[] };

type UploadRefusalMessages = { fileEmpty: string; fileTooLarge: string; fileType: string; fileTooManyPixels: string };

export function uploadRefusalMessage(refusal: UploadRefusal, messages: UploadRefusalMessages): string {
  switch (refusal.reason) {
    case "empty":
      return messages.fileEmpty;
    case "too-large":
      return formatMessage(messages.fileTooLarge, { max: formatFileSize(refusal.maxBytes ?? 0, "vi") });
    case "too-many-pixels":
      return formatMessage(messages.fileTooManyPixels, { max: MAX_IMAGE_PIXELS / 1_000_000 });
    case "wrong-type":
      return formatMessage(messages.fileType, {
        types: (refusal.allowed ?? []).map((type) => UPLOAD_TYPES[type as UploadType].extension.toUpperCase()).join(", "),
      });
  }
}
