// Runs once when a server starts (not during `next build`): background work that belongs to the
// server process rather than to a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startMailWorker } = await import("@/lib/mail/run");
  startMailWorker();
  const { startFeedbackSweep } = await import("@/lib/feedback/send-store");
  startFeedbackSweep();
  const { listenForRevalidations } = await import("@/lib/http/page-broadcast");
  listenForRevalidations();
}
