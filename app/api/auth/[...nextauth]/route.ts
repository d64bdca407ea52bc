import { handlers } from "@/lib/auth/config";

// next-auth's endpoints (session, CSRF token, credentials callback, sign-out). The admin login page
// signs in through a Server Action; these stay for next-auth's own flows.
export const { GET, POST } = handlers;
