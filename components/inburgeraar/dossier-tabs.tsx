"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

/** The dossier's tabs as links; the active one carries aria-current="page". */
export function DossierTabs({
  id,
  tabs: zichtbaar,
}: {
  id: string;
  tabs: { opstartfase: boolean; afspraken: boolean; plan?: boolean; toewijzingen: boolean; toestemming?: boolean; rapportage?: boolean; overdracht?: boolean; signalen?: boolean; doorverwijzingen?: boolean };
}) {
  const pathname = usePathname();
  const navRef = useRef<HTMLElement>(null);
  const basis = `/inburgeraars/${id}`;
  const tabs = [
    { href: basis, label: "Overzicht" },
    ...(zichtbaar.opstartfase ? [{ href: `${basis}/opstartfase`, label: "Opstartfase" }] : []),
    ...(zichtbaar.afspraken ? [{ href: `${basis}/afspraken`, label: "Afspraken" }] : []),
    ...(zichtbaar.plan ? [{ href: `${basis}/plan`, label: "Plan" }] : []),
    ...(zichtbaar.signalen ? [{ href: `${basis}/signalen`, label: "Signalen" }] : []),
    ...(zichtbaar.doorverwijzingen ? [{ href: `${basis}/doorverwijzingen`, label: "Doorverwijzingen" }] : []),
    ...(zichtbaar.toewijzingen ? [{ href: `${basis}/toewijzingen`, label: "Begeleiders en maatje" }] : []),
    ...(zichtbaar.toestemming ? [{ href: `${basis}/toestemming`, label: "Toestemming" }] : []),
    ...(zichtbaar.rapportage ? [{ href: `${basis}/rapportage`, label: "Rapportage" }] : []),
    ...(zichtbaar.overdracht ? [{ href: `${basis}/overdracht`, label: "Overdrachten" }] : []),
  ];
  // On a narrow phone the tabs scroll sideways: bring the active one into view (without moving the page).
  useEffect(() => {
    const nav = navRef.current;
    const actief = nav?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!nav || !actief) return;
    if (actief.offsetLeft + actief.offsetWidth > nav.scrollLeft + nav.clientWidth || actief.offsetLeft < nav.scrollLeft) {
      nav.scrollLeft = Math.max(0, actief.offsetLeft - 16);
    }
  }, [pathname]);
  return (
    <nav ref={navRef} aria-label="Onderdelen van het dossier" className="relative mb-6 overflow-x-auto border-b border-slate-200">
      <ul className="flex gap-1">
        {tabs.map((tab) => {
          const actief = tab.href === basis ? pathname === basis : pathname === tab.href || pathname.startsWith(`${tab.href}/`);
          return (
            <li key={tab.href}>
              <Link
                href={tab.href}
                aria-current={actief ? "page" : undefined}
                className={`inline-flex min-h-11 items-center border-b-4 px-4 font-medium whitespace-nowrap ${
                  actief ? "border-merk-700 text-merk-900" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-slate-900"
                }`}
              >
                {tab.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
