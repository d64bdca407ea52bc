import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { signS3Request } from "./sigv4";
import { readStorageSettings, type StorageSettings } from "./settings";

/** Where file bytes live; the database keeps what they are (stored_files). Keys are generated, never user input. */
export interface FileStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes as a stream, or null when nothing is stored under the key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  delete(key: string): Promise<void>;
}

const KEY_PATTERN = /^[a-z0-9][a-z0-9/._-]{0,200}$/;

function checkKey(key: string): string {
  if (!KEY_PATTERN.test(key) || key.includes("..")) throw new Error(`bad storage key ${key}`);
  return key;
}

/** Files on local disk, in a folder outside the web root (UPLOADS_DIR). One app instance. */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly directory: string) {}

  private pathOf(key: string): string {
    return path.join(this.directory, checkKey(key));
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const file = this.pathOf(key);
    await mkdir(path.dirname(file), { recursive: true });
    // `wx`: a generated key that already exists is a bug, never a reason to overwrite.
    await writeFile(file, bytes, { flag: "wx" });
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const file = this.pathOf(key);
    const found = await stat(file).catch(() => null);
    if (!found?.isFile()) return null;
    return Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}

/** An S3-compatible bucket (AWS S3, MinIO, …), path-style, with SigV4-signed requests: shared by several instances. */
class S3Storage implements FileStorage {
  constructor(private readonly settings: Extract<StorageSettings, { kind: "s3" }>) {}

  private async send(method: "PUT" | "GET" | "DELETE", key: string, body?: Uint8Array, contentType?: string) {
    const url = new URL(`${this.settings.endpoint}/${this.settings.bucket}/${checkKey(key)}`);
    const headers = signS3Request({ method, url, body, contentType, now: new Date(), ...this.settings });
    return fetch(url, { method, headers, body: body ? Buffer.from(body) : undefined });
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const response = await this.send("PUT", key, bytes, contentType);
    if (!response.ok) throw new Error(`S3 PUT ${key}: ${response.status}`);
  }

  async get(key: string): Promise<ReadableStream<Uint8Array> | null> {
    const response = await this.send("GET", key);
    if (response.status === 404) return null;
    if (!response.ok || !response.body) throw new Error(`S3 GET ${key}: ${response.status}`);
    return response.body;
  }

  async delete(key: string): Promise<void> {
    const response = await this.send("DELETE", key);
    if (!response.ok && response.status !== 404) throw new Error(`S3 DELETE ${key}: ${response.status}`);
  }
}

export function createFileStorage(settings: StorageSettings = readStorageSettings()): FileStorage {
  return settings.kind === "s3" ? new S3Storage(settings) : new LocalDiskStorage(settings.directory);
}
