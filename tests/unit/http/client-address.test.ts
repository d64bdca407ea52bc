import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/http/client-address";

describe("the client's address", () => {
  it("is the connection's peer when nothing trusted stands in front, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.7", "198.51.100.1", 0)).toBe("203.0.113.7");
    expect(clientAddress("::ffff:203.0.113.7", undefined, 0)).toBe("203.0.113.7");
  });

  it("is the entry the trusted proxy wrote, never one the client put before it", () => {
    expect(clientAddress("127.0.0.1", "198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.9", 1)).toBe("198.51.100.9");
    expect(clientAddress("127.0.0.1", "6.6.6.6, 198.51.100.9, 10.0.0.2", 2)).toBe("198.51.100.9");
  });

  it("falls back to the leftmost hop when fewer hops arrived than trusted, and refuses what is no address", () => {
    expect(clientAddress("127.0.0.1", undefined, 1)).toBe("127.0.0.1");
    expect(clientAddress("127.0.0.1", "not-an-ip", 1)).toBeNull();
  });
});
