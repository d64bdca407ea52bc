import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AdminHeader } from "@/components/admin/admin-header";
import { Container } from "@/components/ui/container";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The admin chrome. The menu follows the role, but only as a courtesy: every page and every Server
 * Action checks the permission itself (lib/auth/guard.ts), since a layout does not guard actions.
 */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const user = await getCurrentUser();
  return (
    <>
      <AdminHeader locale={locale} user={user} />
      <main id="main" className="flex-1 bg-slate-50">
        <Container className="py-8 sm:py-10">{children}</Container>
      </main>
    </>
  );
}
