export const ACCREDITATION_PATH = "/bao-chi/dang-ky";
export const ACCREDITATION_RECEIVED_PATH = "/bao-chi/dang-ky/da-nhan";

/** The journalist's own page of full-resolution media; the token is the secret. */
export function pressMediaPath(token: string): string {
  return `/bao-chi/tu-lieu?t=${encodeURIComponent(token)}`;
}
