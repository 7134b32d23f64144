import Link from "next/link";
import { buttonClass } from "./button";

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
  params: Record<string, string | undefined>;
}) {
  if (paginas <= 1) return null;
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
    if (p > 1) q.set("pagina", String(p));
    const s = q.toString();
    return s ? `${pad}?${s}` : pad;
  };
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
