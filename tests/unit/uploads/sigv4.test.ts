import { describe, expect, it } from "vitest";
import { signS3Request } from "@/lib/uploads/sigv4";

// AWS's published example "GET Object" (Signature Version 4, header-based authentication).
describe("S3 request signing", () => {
  it("reproduces the signature of AWS's GET Object example", () => {
    const headers = signS3Request({
      method: "GET",
      url: new URL("https://examplebucket.s3.amazonaws.com/test.txt"),
      region: "us-east-1",
      accessKeyId: "AKIAIOSFODNN7EXAMPLE",
      secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
      now: new Date("2013-05-24T00:00:00Z"),
      headers: { Range: "bytes=0-9" },
    });
    expect(headers.authorization).toBe(
      "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request," +
        "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date," +
        "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
    );
    expect(headers["x-amz-date"]).toBe("20130524T000000Z");
  });

  it("signs the body's hash, so a changed body needs a new signature", () => {
    const base = {
      method: "PUT",
      url: new URL("https://s3.example.test/bucket/2025/ab.pdf"),
      region: "ap-southeast-1",
      accessKeyId: "AK",
      secretAccessKey: "secret",
      now: new Date("2026-11-30T10:00:00Z"),
      contentType: "application/pdf",
    };
    const one = signS3Request({ ...base, body: new TextEncoder().encode("one") });
    const two = signS3Request({ ...base, body: new TextEncoder().encode("two") });
    expect(one["x-amz-content-sha256"]).not.toBe(two["x-amz-content-sha256"]);
    expect(one.authorization).not.toBe(two.authorization);
    expect(one.authorization).toContain("SignedHeaders=content-type;host;x-amz-content-sha256;x-amz-date");
  });
});
