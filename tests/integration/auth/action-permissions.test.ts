import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Capability } from "@/lib/auth/roles";
import { ROLES, can } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/session-token";
import { idleState } from "@/lib/forms/action-state";
import type { Role } from "@/lib/generated/prisma/enums";

// Every admin Server Action is a public POST endpoint, whichever page shows its form: each must check
// the permission itself. This walks role × action with the real actions and a stand-in session.
// Later screens add their actions to ACTIONS.

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
// next-auth itself is not needed to decide who may call what (and does not load outside Next).
vi.mock("@/lib/auth/config", () => ({ signIn: vi.fn(), signOut: vi.fn(), CredentialsSignin: class {}, SignInLocked: class {} }));

type Actions = typeof import("@/lib/users/actions") &
  typeof import("@/lib/auth/actions") &
  typeof import("@/lib/registration/admin-actions") &
  typeof import("@/lib/invitations/actions") &
  typeof import("@/lib/agenda/actions") &
  typeof import("@/lib/catalogue/actions") &
  typeof import("@/lib/editions/actions") &
  typeof import("@/lib/media/actions") &
  typeof import("@/lib/exhibition/admin-actions") &
  typeof import("@/lib/exhibition/image-actions") &
  typeof import("@/lib/press/admin-actions") &
  typeof import("@/lib/news/actions") &
  typeof import("@/lib/mail/actions");
let actions: Actions;

/** `capability: null` = any signed-in user. The empty form is refused by validation once past the guard. */
const ACTIONS: { name: string; capability: Capability | null; run: () => Promise<unknown> }[] = [
  { name: "createUserAction", capability: "users:manage", run: () => actions.createUserAction(idleState, new FormData()) },
  {
    name: "changeUserRoleAction",
    capability: "users:manage",
    run: () => actions.changeUserRoleAction(idleState, new FormData()),
  },
  {
    name: "resetUserPasswordAction",
    capability: "users:manage",
    run: () => actions.resetUserPasswordAction(idleState, new FormData()),
  },
  {
    name: "setUserDisabledAction",
    capability: "users:manage",
    run: () => actions.setUserDisabledAction(idleState, new FormData()),
  },
  ...(
    [
      "updateRegistrationDetailsAction",
      "moveRegistrationSeatAction",
      "cancelRegistrationAction",
      "resendConfirmationAction",
    ] as const
  ).map((name) => ({ name, capability: "registrations:read" as const, run: () => actions[name](idleState, new FormData()) })),
  { name: "changeOwnPasswordAction", capability: null, run: () => actions.changeOwnPasswordAction(idleState, new FormData()) },
  // Invitations: Sở KH&CN drafts, Văn phòng UBND issues; an organiser cannot issue, an officer cannot draft.
  ...(
    [
      ["createBatchAction", "invitations:draft"],
      ["updateDraftAction", "invitations:draft"],
      ["addInviteeAction", "invitations:draft"],
      ["removeInviteeAction", "invitations:draft"],
      ["checkImportAction", "invitations:draft"],
      ["saveImportAction", "invitations:draft"],
      ["proposeBatchAction", "invitations:draft"],
      ["issueBatchAction", "invitations:issue"],
      ["returnBatchAction", "invitations:issue"],
      ["revokeInvitationAction", "invitations:issue"],
      ["reinviteAction", "invitations:issue"],
      ["retryDeliveryAction", "invitations:issue"],
      ["remindAction", "invitations:issue"],
    ] as const
  ).map(([name, capability]) => ({ name, capability, run: () => actions[name](idleState, new FormData()) })),
  { name: "createSessionAction", capability: "agenda:edit", run: () => actions.createSessionAction(idleState, new FormData()) },
  { name: "updateSessionAction", capability: "agenda:edit", run: () => actions.updateSessionAction(idleState, new FormData()) },
  {
    name: "changeSessionStatusAction",
    capability: "agenda:edit",
    run: () => actions.changeSessionStatusAction(idleState, new FormData()),
  },
  { name: "deleteSessionAction", capability: "agenda:edit", run: () => actions.deleteSessionAction(idleState, new FormData()) },
  { name: "saveUnitAction", capability: "units:edit", run: () => actions.saveUnitAction(idleState, new FormData()) },
  { name: "mergeUnitsAction", capability: "units:edit", run: () => actions.mergeUnitsAction(idleState, new FormData()) },
  { name: "saveVenueAction", capability: "venues:edit", run: () => actions.saveVenueAction(idleState, new FormData()) },
  { name: "mergeVenuesAction", capability: "venues:edit", run: () => actions.mergeVenuesAction(idleState, new FormData()) },
  { name: "saveSpeakerAction", capability: "speakers:edit", run: () => actions.saveSpeakerAction(idleState, new FormData()) },
  { name: "mergeSpeakersAction", capability: "speakers:edit", run: () => actions.mergeSpeakersAction(idleState, new FormData()) },
  { name: "createEditionAction", capability: "editions:edit", run: () => actions.createEditionAction(idleState, new FormData()) },
  { name: "copyEditionAction", capability: "editions:edit", run: () => actions.copyEditionAction(idleState, new FormData()) },
  { name: "changeEditionAction", capability: "editions:edit", run: () => actions.changeEditionAction(idleState, new FormData()) },
  {
    name: "createMediaAssetAction",
    capability: "media:edit",
    run: () => actions.createMediaAssetAction(idleState, new FormData()),
  },
  {
    name: "setMediaPublishedAction",
    capability: "media:edit",
    run: () => actions.setMediaPublishedAction(idleState, new FormData()),
  },
  {
    name: "deleteMediaAssetAction",
    capability: "media:edit",
    run: () => actions.deleteMediaAssetAction(idleState, new FormData()),
  },
  {
    name: "updateMediaDetailsAction",
    capability: "media:edit",
    run: () => actions.updateMediaDetailsAction(idleState, new FormData()),
  },
  { name: "saveBoothAction", capability: "booths:edit", run: () => actions.saveBoothAction(idleState, new FormData()) },
  {
    name: "decideApplicationAction",
    capability: "booths:edit",
    run: () => actions.decideApplicationAction(idleState, new FormData()),
  },
  { name: "deleteBoothAction", capability: "booths:edit", run: () => actions.deleteBoothAction(idleState, new FormData()) },
  ...(["addBoothImagesAction", "moveBoothImageAction", "updateBoothImageAltAction", "removeBoothImageAction"] as const).map(
    (name) => ({ name, capability: "booths:edit" as const, run: () => actions[name](idleState, new FormData()) }),
  ),
  {
    name: "approveAccreditationAction",
    capability: "media:edit",
    run: () => actions.approveAccreditationAction(idleState, new FormData()),
  },
  {
    name: "rejectAccreditationAction",
    capability: "media:edit",
    run: () => actions.rejectAccreditationAction(idleState, new FormData()),
  },
  {
    name: "revokeAccreditationAction",
    capability: "media:edit",
    run: () => actions.revokeAccreditationAction(idleState, new FormData()),
  },
  { name: "saveNewsAction", capability: "media:edit", run: () => actions.saveNewsAction(idleState, new FormData()) },
  { name: "deleteNewsAction", capability: "media:edit", run: () => actions.deleteNewsAction(idleState, new FormData()) },
  { name: "retryMailAction", capability: "mail:manage", run: () => actions.retryMailAction(idleState, new FormData()) },
];

const restoreEnv = { ...process.env };

beforeAll(async () => {
  // No database is reached: a refused call stops at the guard, an allowed one at validation.
  Object.assign(process.env, {
    DATABASE_URL: "postgresql://nobody@127.0.0.1:9/unreachable",
    AUTH_SECRET: "a".repeat(32),
    TICKET_SIGNING_SECRET: "t".repeat(32),
    __NEXT_EXPERIMENTAL_AUTH_INTERRUPTS: "true",
  });
  actions = {
    ...(await import("@/lib/users/actions")),
    ...(await import("@/lib/auth/actions")),
    ...(await import("@/lib/registration/admin-actions")),
    ...(await import("@/lib/invitations/actions")),
    ...(await import("@/lib/agenda/actions")),
    ...(await import("@/lib/catalogue/actions")),
    ...(await import("@/lib/editions/actions")),
    ...(await import("@/lib/media/actions")),
    ...(await import("@/lib/exhibition/admin-actions")),
    ...(await import("@/lib/exhibition/image-actions")),
    ...(await import("@/lib/press/admin-actions")),
    ...(await import("@/lib/news/actions")),
    ...(await import("@/lib/mail/actions")),
  };
});

afterAll(() => {
  process.env = restoreEnv;
});

function signInAs(role: Role) {
  session.user = { id: "11111111-1111-4111-8111-111111111111", name: "Người thử", email: "thu@sokhcn.gov.vn", role };
}

const digestOf = (error: unknown) => (error as { digest?: string }).digest ?? String(error);

describe.each(ACTIONS)("Server Action $name", ({ capability, run }) => {
  it.each(ROLES)("as %s: allowed or refused with 403 by the permission table", async (role) => {
    signInAs(role);
    if (capability === null || can(role, capability)) {
      await expect(run()).resolves.toMatchObject({ status: "error" });
    } else {
      const error = await run().then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(digestOf(error)).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    }
  });

  it("signed out: sent to the login page", async () => {
    session.user = null;
    const error = await run().then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(digestOf(error)).toMatch(/^NEXT_REDIRECT;.*;\/admin\/login;/);
  });
});
