import Link from "@/components/ui/link";
import { redirect } from "next/navigation";
import { buttonClass } from "./button";

type Params = Record<string, string | undefined>;

/** The address of page `p` of a list at `pad`, with its filters (page 1 without `pagina`). */
export function paginaHref(pad: string, params: Params, p: number): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  if (p > 1) q.set("pagina", String(p));
  const s = q.toString();
  return s ? `${pad}?${s}` : pad;
}

/**
 * A page past the end of a list goes to the first page, with the same filters,
 * instead of showing the list's "nobody here" text: the list got shorter since
 * the link was made (someone was assigned, called or helped), or the address
 * was typed. Call it in the page, after loading, with the number of rows found.
 */
export function naarEerstePaginaAlsLeeg(aantal: number, pagina: number, pad: string, params: Params): void {
  if (aantal === 0 && pagina > 1) redirect(paginaHref(pad, params, 1));
}

/** Previous/next links for a list paged on the server; the other filters stay in the URL. */
export function Paginering({
  pagina,
  paginas,
  pad,
  params,
}: {
  pagina: number;
  paginas: number;
  pad: string;
  params: Params;
}) {
  if (paginas <= 1) return null;
  const href = (p: number) => paginaHref(pad, params, p);
  return (
    <nav aria-label="Paginering" className="mt-4 flex flex-wrap items-center justify-between gap-3">
      {pagina > 1 ? (
        <Link href={href(pagina - 1)} className={buttonClass("secundair")} rel="prev">
          Vorige
        </Link>
      ) : (
        <span />
      )}
      <span className="text-slate-700">
        Pagina {pagina} van {paginas}
      </span>
      {pagina < paginas ? (
        <Link href={href(pagina + 1)} className={buttonClass("secundair")} rel="next">
          Volgende
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** "2" → 2; anything else → 1. */
export function leesPagina(v: string | string[] | undefined): number {
  const n = Number(Array.isArray(v) ? v[0] : v);
  return Number.isInteger(n) && n > 0 && n < 100_000 ? n : 1;
}

/** One search parameter as a string (the first when repeated). */
export function leesParam(v: string | string[] | undefined): string | undefined {
  const s = Array.isArray(v) ? v[0] : v;
  return s && s.length <= 100 ? s : undefined;
}
