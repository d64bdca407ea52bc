import path from "node:path";
import { z } from "@/lib/zod";

// Where uploaded files live. lib/env.ts checks these once at start; lib/uploads reads them again when it
// opens the storage, so that a test can point one process at its own folder.

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const storageEnvSchema = z.object({
  /** Folder of uploaded files on local disk (outside the web root); ignored when S3_BUCKET is set. */
  UPLOADS_DIR: z.string().trim().min(1).default(".data/uploads"),
  /** An S3-compatible bucket for several app instances; all four S3_* values together. */
  S3_BUCKET: optional(z.string().trim().min(3)),
  /** e.g. https://s3.ap-southeast-1.amazonaws.com or a MinIO address; path-style requests. */
  S3_ENDPOINT: optional(z.url()),
  S3_REGION: z.string().trim().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: optional(z.string().min(1)),
  S3_SECRET_ACCESS_KEY: optional(z.string().min(1)),
});

export type StorageSettings =
  | { kind: "local"; directory: string }
  | { kind: "s3"; bucket: string; endpoint: string; region: string; accessKeyId: string; secretAccessKey: string };

export function readStorageSettings(source: NodeJS.ProcessEnv = process.env): StorageSettings {
  const parsed = storageEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid storage settings: ${problems.join("; ")}`);
  }
  const settings = parsed.data;
  if (!settings.S3_BUCKET) return { kind: "local", directory: path.resolve(settings.UPLOADS_DIR) };
  if (!settings.S3_ENDPOINT || !settings.S3_ACCESS_KEY_ID || !settings.S3_SECRET_ACCESS_KEY) {
    throw new Error("Invalid storage settings: S3_BUCKET needs S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY");
  }
  return {
    kind: "s3",
    bucket: settings.S3_BUCKET,
    endpoint: settings.S3_ENDPOINT.replace(/\/$/, ""),
    region: settings.S3_REGION,
    accessKeyId: settings.S3_ACCESS_KEY_ID,
    secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
  };
}
