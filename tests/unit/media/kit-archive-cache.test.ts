import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { KIT_ARCHIVE_MEMORY_LIMIT_BYTES, mediaKitArchive, mediaKitArchiveBuilds } = await import("@/lib/media/kit-archive-cache");

function archiveOf(text: string) {
  let built = 0;
  const build = () => {
    built++;
    return new Response(new TextEncoder().encode(text)).body!;
  };
  return { build, built: () => built };
}

const textOf = async (body: Uint8Array | ReadableStream<Uint8Array>) => new TextDecoder().decode(await new Response(body as BodyInit).arrayBuffer());

describe("the media-kit archive", () => {
  it("is built once per version, however many downloads ask for it at once", async () => {
    const version = archiveOf("kit v1");
    const before = mediaKitArchiveBuilds();
    const bodies = await Promise.all(Array.from({ length: 20 }, () => mediaKitArchive('"v1"', 1_000, version.build)));
    expect(version.built()).toBe(1);
    expect(mediaKitArchiveBuilds() - before).toBe(1);
    expect(await textOf(bodies[19]!)).toBe("kit v1");

    const next = archiveOf("kit v2");
    expect(await textOf(await mediaKitArchive('"v2"', 1_000, next.build))).toBe("kit v2");
    expect(next.built()).toBe(1);
  });

  it("is streamed as built, each time, when its files are too large to keep in memory", async () => {
    const large = archiveOf("large kit");
    const first = await mediaKitArchive('"large"', KIT_ARCHIVE_MEMORY_LIMIT_BYTES + 1, large.build);
    await mediaKitArchive('"large"', KIT_ARCHIVE_MEMORY_LIMIT_BYTES + 1, large.build);
    expect(first).toBeInstanceOf(ReadableStream);
    expect(large.built()).toBe(2);
  });
});
