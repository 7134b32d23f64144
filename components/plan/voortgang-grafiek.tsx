import type { Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS } from "@/lib/inburgeraar/labels";
import { LEEFGEBIED_KORT } from "@/lib/plan/labels";
import { meetmomentNaam } from "@/lib/plan/rules";
import { formatKalenderdatum } from "@/lib/tijd";

/**
 * Progress a person can see, drawn on the server as plain SVG (no chart
 * JavaScript on the phone): the latest meetmoment as a radar, each leefgebied's
 * scores over time as a line with its target, and the same numbers as a table
 * for screen readers (the drawings are hidden from them).
 */

export interface GrafiekLeefgebied {
  leefgebied: Leefgebied;
  streefScore: number | null;
  scores: { maand: number; datum: string; score: number; eigenScore: number | null }[];
}

const BEGELEIDER = "var(--color-merk-700)";
const EIGEN = "#b45309"; // amber-700: 4.5:1 on white
const STREEF = "#475569"; // slate-600

export function VoortgangGrafiek({ leefgebieden, naam }: { leefgebieden: readonly GrafiekLeefgebied[]; naam: string }) {
  const maanden = [...new Set(leefgebieden.flatMap((l) => l.scores.map((s) => s.maand)))].sort((a, b) => a - b);
  if (maanden.length === 0) return null;
  const laatste = maanden.at(-1)!;
  const metScore = leefgebieden.filter((l) => l.scores.length > 0);
  return (
    <div className="flex flex-col gap-6">
      <figure className="flex flex-col items-center gap-2">
        <figcaption className="self-start font-medium">
          Nu: {meetmomentNaam(laatste).toLowerCase()}
        </figcaption>
        <Radar leefgebieden={leefgebieden} maand={laatste} />
        <Legenda />
      </figure>
      {maanden.length > 1 ? (
        <figure>
          <figcaption className="mb-2 font-medium">Hoe het veranderde</figcaption>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {metScore.map((l) => (
              <li key={l.leefgebied} className="rounded-md border border-slate-200 p-2">
                <p className="text-sm font-medium" aria-hidden="true">
                  {LEEFGEBIED_KORT[l.leefgebied]}
                </p>
                <Lijn l={l} maanden={maanden} />
              </li>
            ))}
          </ul>
        </figure>
      ) : null}
      <ScoreTabel leefgebieden={metScore} maanden={maanden} naam={naam} />
    </div>
  );
}

function Legenda() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-hidden="true">
      <li className="flex items-center gap-1">
        <svg width="24" height="10">
          <line x1="0" y1="5" x2="24" y2="5" stroke={BEGELEIDER} strokeWidth="3" />
        </svg>
        Begeleider
      </li>
      <li className="flex items-center gap-1">
        <svg width="24" height="10">
          <line x1="0" y1="5" x2="24" y2="5" stroke={EIGEN} strokeWidth="3" strokeDasharray="6 3" />
        </svg>
        Zelf
      </li>
      <li className="flex items-center gap-1">
        <svg width="24" height="10">
          <line x1="0" y1="5" x2="24" y2="5" stroke={STREEF} strokeWidth="2" strokeDasharray="2 3" />
        </svg>
        Doel
      </li>
    </ul>
  );
}

/** The latest meetmoment as a radar, over the leefgebieden scored then (an unscored one is no point at zero). */
function Radar({ leefgebieden: alle, maand }: { leefgebieden: readonly GrafiekLeefgebied[]; maand: number }) {
  const leefgebieden = alle.filter((l) => l.scores.some((s) => s.maand === maand));
  const n = leefgebieden.length;
  if (n < 3) return <p className="self-start text-slate-700">Scoor minstens drie leefgebieden voor een radar; de cijfers staan bij de leefgebieden.</p>;
  const cx = 200;
  const cy = 150;
  const r = 100;
  const punt = (i: number, waarde: number) => {
    const hoek = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    return [cx + Math.cos(hoek) * (r * waarde) / 5, cy + Math.sin(hoek) * (r * waarde) / 5] as const;
  };
  const veelhoek = (waarden: (number | null)[]) =>
    waarden.every((w) => w === null) ? null : waarden.map((w, i) => punt(i, w ?? 0).map((x) => x.toFixed(1)).join(",")).join(" ");
  const opMoment = leefgebieden.map((l) => l.scores.find((s) => s.maand === maand) ?? null);
  const begeleider = veelhoek(opMoment.map((s) => s?.score ?? null));
  const eigen = veelhoek(opMoment.map((s) => s?.eigenScore ?? null));
  const streef = veelhoek(leefgebieden.map((l) => l.streefScore));
  return (
    <svg viewBox="0 0 400 300" className="w-full max-w-lg" aria-hidden="true" focusable="false">
      {[1, 2, 3, 4, 5].map((ring) => (
        <polygon key={ring} points={leefgebieden.map((_, i) => punt(i, ring).join(",")).join(" ")} fill="none" stroke="#cbd5e1" strokeWidth="1" />
      ))}
      {leefgebieden.map((l, i) => {
        const [x, y] = punt(i, 5);
        const [lx, ly] = punt(i, 5.9);
        const anker = Math.abs(lx - cx) < 10 ? "middle" : lx > cx ? "start" : "end";
        return (
          <g key={l.leefgebied}>
            <line x1={cx} y1={cy} x2={x} y2={y} stroke="#cbd5e1" />
            <text x={lx} y={ly + 5} textAnchor={anker} fontSize="14" fill="#0f172a">
              {LEEFGEBIED_KORT[l.leefgebied]}
            </text>
          </g>
        );
      })}
      {streef ? <polygon points={streef} fill="none" stroke={STREEF} strokeWidth="2" strokeDasharray="2 3" /> : null}
      {eigen ? <polygon points={eigen} fill="none" stroke={EIGEN} strokeWidth="3" strokeDasharray="6 3" /> : null}
      {begeleider ? <polygon points={begeleider} fill={BEGELEIDER} fillOpacity="0.15" stroke={BEGELEIDER} strokeWidth="3" /> : null}
      {opMoment.map((s, i) => {
        if (!s) return null;
        const [x, y] = punt(i, s.score);
        return <circle key={i} cx={x} cy={y} r="4" fill={BEGELEIDER} />;
      })}
    </svg>
  );
}

function Lijn({ l, maanden }: { l: GrafiekLeefgebied; maanden: number[] }) {
  const b = 140;
  const h = 80;
  const links = 14;
  const onder = 14;
  const x = (m: number) => links + (maanden.length === 1 ? 0 : (maanden.indexOf(m) / (maanden.length - 1)) * (b - links - 8));
  const y = (w: number) => 6 + ((5 - w) / 4) * (h - onder - 6);
  const pad = (waarden: { maand: number; w: number }[]) => waarden.map((p, i) => `${i === 0 ? "M" : "L"}${x(p.maand).toFixed(1)},${y(p.w).toFixed(1)}`).join(" ");
  const scores = l.scores.filter((s) => maanden.includes(s.maand));
  const eigen = scores.filter((s) => s.eigenScore !== null).map((s) => ({ maand: s.maand, w: s.eigenScore! }));
  const laatste = scores.at(-1);
  return (
    <svg viewBox={`0 0 ${b} ${h}`} className="w-full" aria-hidden="true" focusable="false">
      {[1, 3, 5].map((w) => (
        <g key={w}>
          <line x1={links} x2={b - 4} y1={y(w)} y2={y(w)} stroke="#e2e8f0" />
          <text x={0} y={y(w) + 4} fontSize="10" fill="#475569">
            {w}
          </text>
        </g>
      ))}
      {l.streefScore !== null ? <line x1={links} x2={b - 4} y1={y(l.streefScore)} y2={y(l.streefScore)} stroke={STREEF} strokeWidth="1.5" strokeDasharray="2 3" /> : null}
      {eigen.length > 0 ? <path d={pad(eigen)} fill="none" stroke={EIGEN} strokeWidth="2" strokeDasharray="5 3" /> : null}
      <path d={pad(scores.map((s) => ({ maand: s.maand, w: s.score })))} fill="none" stroke={BEGELEIDER} strokeWidth="2.5" />
      {scores.map((s) => (
        <circle key={s.maand} cx={x(s.maand)} cy={y(s.score)} r="3" fill={BEGELEIDER} />
      ))}
      {laatste ? (
        <text x={b - 2} y={h - 2} fontSize="11" textAnchor="end" fill="#0f172a">
          nu {laatste.score}
          {l.streefScore !== null ? ` · doel ${l.streefScore}` : ""}
        </text>
      ) : null}
    </svg>
  );
}

function ScoreTabel({ leefgebieden, maanden, naam }: { leefgebieden: readonly GrafiekLeefgebied[]; maanden: number[]; naam: string }) {
  // The wrapper is what is visually hidden: a table cannot be made 1px wide and would widen the phone's page.
  return (
    <div className="sr-only">
    <table>
      <caption>
        Zelfredzaamheid van {naam} per leefgebied, op een schaal van 1 (grote zorgen) tot 5 (redt zich zelf). Per meetmoment de score van de begeleider en de eigen
        score.
      </caption>
      <thead>
        <tr>
          <th scope="col">Leefgebied</th>
          {maanden.map((m) => (
            <th key={m} scope="col">
              {meetmomentNaam(m)}
            </th>
          ))}
          <th scope="col">Doel</th>
        </tr>
      </thead>
      <tbody>
        {leefgebieden.map((l) => (
          <tr key={l.leefgebied}>
            <th scope="row">{LEEFGEBIED_LABELS[l.leefgebied]}</th>
            {maanden.map((m) => {
              const s = l.scores.find((x) => x.maand === m);
              return (
                <td key={m}>
                  {s ? `${s.score}${s.eigenScore !== null ? `, zelf ${s.eigenScore}` : ""} (${formatKalenderdatum(s.datum)})` : "geen score"}
                </td>
              );
            })}
            <td>{l.streefScore ?? "geen"}</td>
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
