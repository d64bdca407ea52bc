import "server-only";

// Placeholder signatures so that the registration service and routes can import them today;
// the mail layer replaces these bodies.

export async function sendConfirmation(registrationId: string, manageToken: string): Promise<void> {
  void registrationId;
  void manageToken;
  throw new Error("sendConfirmation: not implemented yet");
}

export async function sendManageLinkAgain(registrationId: string, manageToken: string): Promise<void> {
  void registrationId;
  void manageToken;
  throw new Error("sendManageLinkAgain: not implemented yet");
}

export async function sendSeatPromoted(registrationId: string, sessionSlug: string): Promise<void> {
  void registrationId;
  void sessionSlug;
  throw new Error("sendSeatPromoted: not implemented yet");
}
