import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { readPublishedSessionMaterials } from "@/lib/materials/session-queries";
import { readMediaForAdmin, readPublishedMediaKit, readStorageKeys } from "./kit-queries";
import { factSheetPdf } from "./generated-documents";
import { MEDIA_KIT_PATH } from "./paths";

export type { MediaAssetView, MediaFile, MediaKit } from "./kit-queries";

/** See readPublishedMediaKit. Cached per request (metadata and page share it). */
export const getPublishedMediaKit = cache((year: number) => readPublishedMediaKit(db, year));

/** For the admin screen only: its page checks the permission before asking. */
export const getMediaForAdmin = () => readMediaForAdmin(db);

/** The edition's fact sheet PDF in `locale`, rendered once per version of what it says (lib/media/generated-documents.ts). */
export function getFactSheetPdf(year: number, locale: Locale) {
  const base = env.PUBLIC_BASE_URL;
  return factSheetPdf(db, year, locale, {
    portal: `${base}${localizedPath(locale, "/")}`,
    press: `${base}${localizedPath(locale, `${MEDIA_KIT_PATH}/dang-ky`)}`,
    kit: `${base}${localizedPath(locale, MEDIA_KIT_PATH)}`,
  });
}

/** The storage keys of files, for the media kit's ZIP. */
export function getStorageKeys(fileIds: string[]) {
  return readStorageKeys(db, fileIds);
}

/** The published materials of an edition's sessions, which the kit's ZIP carries too. */
export function getKitSessionMaterials(editionId: string) {
  return readPublishedSessionMaterials(db, editionId);
}
