"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";
import type { NavItem } from "./nav";

/**
 * The main menu. It wraps onto a second line on a narrow phone instead of
 * scrolling sideways: every item stays visible, the active one included.
 */
export function NavLinks({ items }: { items: NavItem[] }) {
  const pathname = usePathname();
  // The most specific match wins: on /inburgeraars/nieuw "Aanmelden" is active, not "Inburgeraars".
  const actief = items
    .filter((item) => (item.href === "/" ? pathname === "/" : pathname === item.href || pathname.startsWith(`${item.href}/`)))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    <ul className="flex flex-wrap gap-1">
      {items.map((item) => {
        const isActive = item.href === actief;
        return (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={isActive ? "page" : undefined}
              className={`inline-flex min-h-11 items-center whitespace-nowrap rounded-md px-3 py-2 font-medium ${
                isActive ? "bg-white text-merk-800" : "text-white hover:bg-merk-800"
              }`}
            >
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
