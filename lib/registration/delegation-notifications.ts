import "server-only";
import type { MailRenderer } from "@/lib/mail/worker";
import { renderDelegationMail } from "./delegation-mail";
import { delegationManageUrl } from "./delegation-store";

// The registrant's e-mail, rendered by the outbox worker when it leaves: the delegation link's token
// is in the queued row only until then (the worker forgets `manageToken` once sent), and a delegation
// whose registrant data was erased meanwhile gets no message.

export const delegationConfirmation: MailRenderer = {
  async render(row, database) {
    const token = (row.payload as { manageToken?: unknown } | null)?.manageToken;
    const delegationId = (row.payload as { delegationId?: unknown } | null)?.delegationId;
    if (typeof token !== "string" || typeof delegationId !== "string") return null;
    const delegation = await database.delegation.findUnique({
      where: { id: delegationId },
      select: {
        registrantName: true,
        registrantEmail: true,
        organization: true,
        edition: { select: { name: true } },
        _count: { select: { registrations: true } },
      },
    });
    if (!delegation?.registrantName || delegation.registrantEmail !== row.recipient) return null;
    return renderDelegationMail({
      registrantName: delegation.registrantName,
      organization: delegation.organization ?? "",
      edition: delegation.edition.name,
      members: delegation._count.registrations,
      manageUrl: delegationManageUrl(token),
    });
  },
};
