import Link from "@/components/ui/link";
import { ROL_LABELS } from "@/components/shell/nav";
import { NavLinks } from "@/components/shell/nav-links";
import { WachtrijBalk } from "@/components/offline/wachtrij-balk";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { requireUser } from "@/lib/auth/session";
import { navigatieVoor, werktVoor } from "@/lib/authz";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Also refuses a session with a temporary password; every page checks again (layouts are skipped on client navigation).
  const user = await requireUser();
  return (
    <div className="flex min-h-dvh flex-col">
      <a href="#inhoud" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        Naar de inhoud
      </a>
      <header className="bg-merk-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 pt-3">
          <Link href="/" className="text-xl font-semibold">
            Wegwijs
          </Link>
          <div className="flex items-center gap-2 text-sm">
            <span>
              <Link href="/account" className="font-medium underline-offset-4 hover:underline" aria-label={`Mijn account: ${user.naam}`}>
                {user.naam}
              </Link>
              <span className="hidden sm:inline"> · {ROL_LABELS[user.rol]} · {werktVoor(user)}</span>
            </span>
            <SignOutButton />
          </div>
        </div>
        <nav aria-label="Hoofdmenu" className="mx-auto max-w-6xl px-2 py-2 sm:px-4">
          <NavLinks items={navigatieVoor(user)} />
        </nav>
      </header>
      {/* Contacts saved on this device without a connection, and their sending. */}
      <WachtrijBalk gebruikerId={user.id} />
      <main id="inhoud" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
