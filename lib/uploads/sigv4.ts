import { createHash, createHmac } from "node:crypto";

// AWS Signature Version 4 for single S3 object requests (PUT, GET, DELETE), header-based: enough for
// any S3-compatible store without the AWS SDK. Pure; checked against AWS's published example.

type S3Request = {
  method: string;
  url: URL;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  now: Date;
  body?: Uint8Array;
  contentType?: string;
  /** Further headers to sign and send (e.g. Range). */
  headers?: Record<string, string>;
};

const sha256Hex = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");
const hmac = (key: Uint8Array | string, data: string) => createHmac("sha256", key).update(data).digest();

/** S3 encodes each path segment once (RFC 3986 unreserved characters stay as they are). */
function canonicalPath(url: URL): string {
  return url.pathname
    .split("/")
    .map((segment) =>
      encodeURIComponent(decodeURIComponent(segment)).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join("/");
}

/** The headers to send with the request, Authorization included. */
export function signS3Request(request: S3Request): Record<string, string> {
  const amzDate = request.now
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    host: request.url.host,
    "x-amz-content-sha256": sha256Hex(request.body ?? ""),
    "x-amz-date": amzDate,
    ...Object.fromEntries(Object.entries(request.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value.trim()])),
  };
  if (request.contentType) headers["content-type"] = request.contentType;
  const names = Object.keys(headers).sort();
  const signedHeaders = names.join(";");
  const canonicalRequest = [
    request.method,
    canonicalPath(request.url),
    [...request.url.searchParams]
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .sort()
      .join("&"),
    names.map((name) => `${name}:${headers[name]}\n`).join(""),
    signedHeaders,
    headers["x-amz-content-sha256"],
  ].join("\n");
  const scope = `${day}/${request.region}/s3/aws4_request`;
  const stringToSign = ["AWS4-HMAC-SHA256", amzDate, scope, sha256Hex(canonicalRequest)].join("\n");
  const signingKey = ["s3", "aws4_request"].reduce(
    (key, part) => hmac(key, part),
    hmac(hmac(`AWS4${request.secretAccessKey}`, day), request.region),
  );
  const signature = createHmac("sha256", signingKey).update(stringToSign).digest("hex");
  const { host: _host, ...sent } = headers;
  return {
    ...sent,
    authorization: `AWS4-HMAC-SHA256 Credential=${request.accessKeyId}/${scope},SignedHeaders=${signedHeaders},Signature=${signature}`,
  };
}
