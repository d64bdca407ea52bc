import "server-only";
import { headers } from "next/headers";
import { clientIpFromHeaders } from "./client-ip";

/** The client address of the current request, for the audit log and the sign-in throttle. */
export async function requestIp(): Promise<string | null> {
  return clientIpFromHeaders(await headers());
}
