import "server-only";
import { headers } from "next/headers";
import { requestClientAddress } from "@/lib/http/client-address";

/** The client address of the current request, for the audit log and the sign-in throttle. */
export async function requestIp(): Promise<string | null> {
  return requestClientAddress(await headers());
}
