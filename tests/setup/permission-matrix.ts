import type { Capability } from "@/lib/auth/roles";

// Who may call each Server Action and route handler. tests/unit/auth/endpoint-matrix.test.ts reads the
// source for every exported action and handler and fails on one without a row here (or a row naming
// nothing); tests/integration/auth/action-permissions.test.ts walks role × row with the real code.
// A new endpoint is added here with the capability it requires, or as public with the reason why.

export type Access =
  /** Requires the capability (checked in the endpoint, or in the lib function it calls first). */
  | { capability: Capability }
  /** Any signed-in user, for their own account. */
  | { signedIn: string }
  /** Anyone: the reason says what protects it instead (a token, a rate limit, nothing personal). */
  | { public: string };

const cap = (capability: Capability): Access => ({ capability });
const open = (reason: string): Access => ({ public: reason });

const PUBLIC_FEED = open("public programme data, no personal data");

/** Per file (from the project root), per exported name. */
export const ENDPOINT_MATRIX: Record<string, Record<string, Access>> = {
  // ── Server Actions ──
  "lib/agenda/actions.ts": {
    createSessionAction: cap("agenda:edit"),
    updateSessionAction: cap("agenda:edit"),
    publishSessionChangeAction: cap("agenda:edit"),
    discardSessionChangeAction: cap("agenda:edit"),
    changeSessionStatusAction: cap("agenda:edit"),
    deleteSessionAction: cap("agenda:edit"),
  },
  "lib/auth/actions.ts": {
    signInAction: open("the sign-in form itself, throttled per account and address"),
    signOutAction: open("ends the caller's own session, if any"),
    changeOwnPasswordAction: { signedIn: "the signed-in user's own password" },
  },
  "lib/catalogue/actions.ts": {
    saveUnitAction: cap("units:edit"),
    mergeUnitsAction: cap("units:edit"),
    saveVenueAction: cap("venues:edit"),
    mergeVenuesAction: cap("venues:edit"),
    saveSpeakerAction: cap("speakers:edit"),
    mergeSpeakersAction: cap("speakers:edit"),
  },
  "lib/editions/actions.ts": {
    saveEditionContactsAction: cap("editions:edit"),
    createEditionAction: cap("editions:edit"),
    updateEditionAction: cap("editions:edit"),
    copyEditionAction: cap("editions:edit"),
    changeEditionAction: cap("editions:edit"),
    deleteEditionAction: cap("editions:edit"),
  },
  "lib/exhibition/actions.ts": {
    submitExhibitorApplication: open("the public application form, rate-limited, with a honeypot"),
  },
  "lib/exhibition/admin-actions.ts": {
    saveBoothAction: cap("booths:edit"),
    decideApplicationAction: cap("booths:edit"),
    deleteBoothAction: cap("booths:edit"),
  },
  "lib/exhibition/image-actions.ts": {
    moveBoothImageAction: cap("booths:edit"),
    updateBoothImageAltAction: cap("booths:edit"),
    removeBoothImageAction: cap("booths:edit"),
  },
  "lib/invitations/actions.ts": {
    createBatchAction: cap("invitations:draft"),
    updateDraftAction: cap("invitations:draft"),
    addInviteeAction: cap("invitations:draft"),
    removeInviteeAction: cap("invitations:draft"),
    checkImportAction: cap("invitations:draft"),
    saveImportAction: cap("invitations:draft"),
    proposeBatchAction: cap("invitations:draft"),
    returnBatchAction: cap("invitations:issue"),
    correctBatchAction: cap("invitations:issue"),
    issueBatchAction: cap("invitations:issue"),
    revokeInvitationAction: cap("invitations:issue"),
    reinviteAction: cap("invitations:issue"),
    retryDeliveryAction: cap("invitations:issue"),
    remindAction: cap("invitations:issue"),
  },
  "lib/invitations/reply-actions.ts": {
    answerInvitationAction: open("the invitee's answer, authorised by the signed invitation token"),
  },
  "lib/mail/actions.ts": {
    retryMailAction: cap("mail:manage"),
  },
  "lib/materials/actions.ts": {
    removeMaterialAction: cap("agenda:edit"),
    speakerLinkAction: cap("agenda:edit"),
  },
  "lib/feedback/actions.ts": {
    answerSurveyAction: open("a delegate's signed survey link, answered once"),
  },
  "lib/report/actions.ts": {
    saveReportNarrativeAction: cap("reports:edit"),
  },
  "lib/media/actions.ts": {
    setMediaPublishedAction: cap("media:edit"),
    deleteMediaAssetAction: cap("media:edit"),
    updateMediaDetailsAction: cap("media:edit"),
  },
  "lib/news/actions.ts": {
    saveNewsAction: cap("news:edit"),
    deleteNewsAction: cap("news:edit"),
  },
  "lib/privacy/actions.ts": {
    runRetentionAction: cap("privacy:manage"),
    eraseAccreditationAction: cap("press:review"),
    eraseApplicationAction: cap("booths:edit"),
  },
  "lib/press/actions.ts": {
    submitAccreditationAction: open("the public accreditation form, rate-limited, with a honeypot"),
  },
  "lib/press/admin-actions.ts": {
    approveAccreditationAction: cap("press:review"),
    rejectAccreditationAction: cap("press:review"),
    revokeAccreditationAction: cap("press:review"),
  },
  "lib/registration/actions.ts": {
    submitRegistration: open("the public registration form, rate-limited, with a honeypot"),
  },
  "lib/registration/self-service-actions.ts": {
    correctMyDetails: open("the delegate's own manage-link token, checked in the action"),
    requestMyEmailChange: open("the delegate's own manage-link token, rate-limited per registration and per client"),
    confirmMyEmailChange: open("the signed, expiring confirmation link sent to the new address"),
  },
  "lib/registration/delegation-actions.ts": {
    submitDelegation: open("the public delegation form, rate-limited with the registration form, with a honeypot"),
    cancelDelegationMemberAction: open("the delegation's secret link token, checked against the member's delegation"),
    eraseDelegationRegistrantAction: open("the delegation's secret link token: the registrant erases their own data"),
  },
  "lib/registration/admin-actions.ts": {
    updateRegistrationDetailsAction: cap("registrations:write"),
    moveRegistrationSeatAction: cap("registrations:write"),
    cancelRegistrationAction: cap("registrations:write"),
    resendConfirmationAction: cap("registrations:write"),
  },
  "lib/registration/link-actions.ts": {
    requestManageLinkAction: open("mails the link to the registered address only, rate-limited"),
  },
  "lib/registration/manage-actions.ts": {
    addMySessions: open("the delegate's own registration, authorised by the manage token"),
    dropMySession: open("the delegate's own registration, authorised by the manage token"),
    cancelMyRegistration: open("the delegate's own registration, authorised by the manage token"),
    withdrawMyConsent: open("the delegate's own registration, authorised by the manage token"),
    eraseMyData: open("the delegate's own registration, authorised by the manage token"),
  },
  "lib/users/actions.ts": {
    createUserAction: cap("users:manage"),
    changeUserRoleAction: cap("users:manage"),
    resetUserPasswordAction: cap("users:manage"),
    setUserDisabledAction: cap("users:manage"),
  },

  // ── Route handlers ──
  "app/[locale]/(public)/invitation/[token]/pdf/route.ts": {
    GET: open("the invitee's own letter, authorised by the signed invitation token"),
  },
  "app/[locale]/(public)/my-registration/[token]/calendar/route.ts": {
    GET: open("the delegate's own calendar, authorised by the manage token"),
  },
  "app/[locale]/(public)/my-registration/[token]/data/route.ts": {
    GET: open("the delegate's own data, authorised by the manage token"),
  },
  "app/[locale]/admin/check-in/manifest/route.ts": { GET: open("the station's web app manifest, no data") },
  "app/[locale]/(public)/my-registration/[token]/ticket/manifest/route.ts": { GET: open("the ticket page's web app manifest, names nobody") },
  "app/[locale]/admin/feedback/export/route.ts": { GET: cap("reports:edit") },
  "app/[locale]/admin/report/download/route.ts": { GET: cap("reports:edit") },
  "app/[locale]/admin/privacy/record/route.ts": { GET: cap("privacy:manage") },
  "app/[locale]/admin/press/[id]/data/route.ts": { GET: cap("privacy:manage") },
  "app/[locale]/admin/booths/applications/[id]/data/route.ts": { GET: cap("privacy:manage") },
  "app/[locale]/(public)/bao-chi/tu-lieu/du-lieu/route.ts": { GET: open("the journalist's own signed media link, checked against the database; audited") },
  "app/[locale]/admin/invitations/[id]/download/[format]/route.ts": { GET: cap("invitations:track") },
  "app/[locale]/admin/invitations/[id]/pdf/[invitationId]/route.ts": { GET: cap("invitations:track") },
  "app/[locale]/admin/invitations/[id]/preview/route.ts": { GET: cap("invitations:track") },
  "app/[locale]/admin/invitations/template/[format]/route.ts": { GET: cap("invitations:draft") },
  "app/[locale]/admin/press/export/route.ts": { GET: cap("press:review") },
  "app/[locale]/admin/registrations/badges/route.ts": { GET: cap("registrations:export") },
  "app/[locale]/admin/registrations/export/route.ts": { GET: cap("registrations:export") },
  "app/[locale]/admin/registrations/sign-in-sheet/route.ts": { GET: cap("registrations:export") },
  "app/api/admin/check-in/events/route.ts": { POST: cap("checkin:scan") },
  "app/api/admin/check-in/roster/route.ts": { GET: cap("checkin:scan") },
  "app/api/admin/media/files/route.ts": { POST: cap("media:edit") },
  "app/api/admin/booths/[id]/images/route.ts": { POST: cap("booths:edit") },
  "app/api/admin/sessions/[id]/materials/route.ts": { POST: cap("agenda:edit") },
  "app/api/speaker-materials/[token]/route.ts": {
    POST: open("a speaker's signed upload link that expires, checked before the body is read"),
  },
  "app/api/auth/[...nextauth]/route.ts": {
    GET: open("next-auth's own endpoints (session, CSRF token)"),
    POST: open("next-auth's own endpoints (sign-in goes through signInAction's throttle)"),
  },
  "app/api/health/route.ts": { GET: open("health check, no data") },
  "app/api/internal/revalidate/route.ts": { POST: open("instances only: a token derived from AUTH_SECRET; closed by the proxy") },
  "app/api/v1/editions/[year]/media-kit.zip/route.ts": { GET: open("published media kit") },
  "app/api/v1/editions/[year]/programme.pdf/route.ts": { GET: PUBLIC_FEED },
  "app/api/v1/editions/[year]/fact-sheet.pdf/route.ts": { GET: open("the edition's public fact sheet: programme, figures and the organisers' published contacts") },
  "app/api/v1/editions/[year]/registrations/route.ts": { POST: open("the public registration API, rate-limited") },
  "app/api/v1/editions/[year]/schedule.ics/route.ts": { GET: PUBLIC_FEED, OPTIONS: PUBLIC_FEED },
  "app/api/v1/editions/[year]/schedule.json/route.ts": { GET: PUBLIC_FEED, OPTIONS: PUBLIC_FEED },
  "app/api/v1/editions/[year]/schedule.xml/route.ts": { GET: PUBLIC_FEED, OPTIONS: PUBLIC_FEED },
  "app/api/v1/editions/[year]/sessions/[file]/route.ts": { GET: PUBLIC_FEED, OPTIONS: PUBLIC_FEED },
  "app/api/v1/editions/[year]/sessions/route.ts": { GET: PUBLIC_FEED, OPTIONS: PUBLIC_FEED },
  "app/api/v1/files/[id]/route.ts": {
    GET: open("published files; drafts only to editors, originals only to accredited press"),
    HEAD: open("the same checks as GET, without the body"),
  },
  "app/api/v1/news/rss.xml/route.ts": { GET: open("published news") },
};

/** Endpoints found in the source without a row, and rows naming no endpoint. */
export function matrixGaps(endpoints: { file: string; name: string }[], matrix = ENDPOINT_MATRIX) {
  const found = new Set(endpoints.map(({ file, name }) => `${file}#${name}`));
  const listed = new Set(Object.entries(matrix).flatMap(([file, rows]) => Object.keys(rows).map((name) => `${file}#${name}`)));
  return {
    unregistered: [...found].filter((key) => !listed.has(key)).sort(),
    stale: [...listed].filter((key) => !found.has(key)).sort(),
  };
}
