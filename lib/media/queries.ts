import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readMediaForAdmin, readPublishedMediaKit } from "./data";

export type { MediaAssetView, MediaFile, MediaKit } from "./data";

/** See readPublishedMediaKit. Cached per request (metadata and page share it). */
export const getPublishedMediaKit = cache((year: number) => readPublishedMediaKit(db, year));

/** For the admin screen only: its page checks the permission before asking. */
export const getMediaForAdmin = () => readMediaForAdmin(db);
