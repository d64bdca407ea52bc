import { logger } from "@/lib/log";
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { requestClientAddress } from "@/lib/http/client-address";
import { authenticate } from "./credentials";
import { sessionClaimsSchema, validateSessionToken, type SessionClaims } from "./session-token";
const log = logger("auth");

export { CredentialsSignin };

/** Thrown by `authorize` while the e-mail or the client address is locked out. */
export class SignInLocked extends CredentialsSignin {
  code = "locked";
  constructor(readonly retryAfterMs: number) {
    super();
  }
}

/** An admin session lasts a working day; signing in again after that is the price of a stolen laptop. */
const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  // `next start` behind the reverse proxy: the Host and X-Forwarded-* headers are the proxy's.
  trustHost: true,
  // Secure (and __Secure- prefixed) cookies whenever the portal is served over HTTPS.
  useSecureCookies: env.PUBLIC_BASE_URL.startsWith("https://"),
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/admin/login", error: "/admin/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await authenticate(db, {
          email: credentials.email,
          password: credentials.password,
          ip: requestClientAddress(request.headers),
        });
        if (result.ok) return result.user;
        if (result.reason === "locked") throw new SignInLocked(result.retryAfterMs);
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        // Sign-in: `user` is what authorize returned.
        const claims: SessionClaims = sessionClaimsSchema.parse({ ...user, userId: user.id });
        return { sub: claims.userId, ...claims };
      }
      // Every later request: the token is honoured only while the user is enabled and its version current.
      const current = await validateSessionToken(db, token);
      if (!current) return null;
      return { ...token, role: current.role, name: current.name, email: current.email };
    },
    session({ session, token }) {
      const user = { id: token.userId, name: token.name, email: token.email, role: token.role };
      return { ...session, user: user as unknown as typeof session.user };
    },
  },
  logger: {
    error(error) {
      // A wrong password is not a server error.
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      log.error({ err: error }, "sign-in failed");
    },
  },
});
