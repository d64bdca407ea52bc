import "server-only";
import { createRenderCache } from "@/lib/http/render-cache";

// The media-kit ZIP is built once per version of what it holds, not once per download: a flood of
// downloads costs one build, then memory copies. Only archives up to a size are kept in memory (the
// process's budget is a few hundred megabytes); a larger one is streamed as it is built, each time.

export const KIT_ARCHIVE_MEMORY_LIMIT_BYTES = 32 * 1024 * 1024;

// The public archive and the journalists' full-resolution one, of the current version.
const archives = createRenderCache({ maxEntries: 2 });

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * The archive of version `key` (its ETag): kept and reused when `estimatedBytes` (the sum of its files)
 * is within the limit, otherwise `build` streamed as it goes.
 */
export async function mediaKitArchive(
  key: string,
  estimatedBytes: number,
  build: () => ReadableStream<Uint8Array>,
): Promise<Uint8Array | ReadableStream<Uint8Array>> {
  if (estimatedBytes > KIT_ARCHIVE_MEMORY_LIMIT_BYTES) return build();
  return (await archives.get(key, () => bytesOf(build()))).body;
}

/** How many archives were built into memory, for tests. */
export function mediaKitArchiveBuilds(): number {
  return archives.renderings;
}
