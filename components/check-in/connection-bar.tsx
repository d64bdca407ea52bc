import type { Translator } from "@/lib/i18n/translator";
import type { Connection } from "./use-check-in-queue";

type Props = { connection: Connection; queueLength: number; offlineReady: boolean; t: Translator<"adminCheckIn"> };

/**
 * Whether the phone is online, how many check-ins wait to be sent, and whether the station would open
 * here without a network, always in view.
 */
export function ConnectionBar({ connection, queueLength, offlineReady, t }: Props) {
  const styles = {
    online: "bg-emerald-50 text-emerald-900 ring-emerald-600/40",
    offline: "bg-gold-300/40 text-ink ring-gold-400",
    "signed-out": "bg-accent-100 text-accent-700 ring-accent-600/40",
    "cross-site": "bg-accent-100 text-accent-700 ring-accent-600/40",
  } as const;
  const label = { online: "online", offline: "offline", "signed-out": "signedOut", "cross-site": "crossSite" } as const;
  return (
    <div className={`sticky top-0 z-10 flex flex-wrap items-center justify-between gap-2 rounded-md px-4 py-3 ring-1 ${styles[connection]}`} aria-live="polite">
      <span className="font-bold" data-testid="connection">
        {t(label[connection])}
      </span>
      <span data-testid="queue">{queueLength === 0 ? t("queueEmpty") : t("queue", { count: queueLength })}</span>
      {offlineReady && (
        <span className="basis-full text-sm" data-testid="offline-ready">
          {t("offlineReady")}
        </span>
      )}
    </div>
  );
}
