import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";

/** A POST form of the manage page: carries the secret token and the language to every action. */
export function ManageForm({
  action,
  token,
  locale,
  children,
  className,
}: {
  action: (formData: FormData) => Promise<void>;
  token: string;
  locale: Locale;
  children: ReactNode;
  className?: string;
}) {
  return (
    <form action={action} className={className}>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
      {children}
    </form>
  );
}
