/**
 * npm run loadtest [-- --personen 40000 --duur 20 --gebruikers 20 --instanties 1|2 --verbindingen 20
 *                     --hergebruik-build --hergebruik-data --streng --routes caseload,contact]
 *
 * The HTTP load test of issue 13 (docs/performance.md, docs/decisions/018):
 *   1. builds the app (`next build`; `--hergebruik-build` or LOADTEST_HERGEBRUIK_BUILD=1 reuses `.next`);
 *   2. fills a scratch database `<naam>_loadtest` next to DATABASE_URL (the database in
 *      DATABASE_URL itself is never touched; without DATABASE_URL a throwaway PostgreSQL is
 *      started) with the national dataset (`npm run bench:data -- --personen N`);
 *   3. starts the production server (`next start`), or two behind a round-robin proxy;
 *   4. signs in `--gebruikers` distinct users of four roles over HTTP (password + demo TOTP code);
 *   5. with autocannon, `--duur` seconds per phase at `--verbindingen` concurrent users
 *      (caseload, dossier, agenda, teamleider list and start page, voortgang, log a contact, tick a checklist item):
 *      the login page (the framework's floor), then each route alone, then all routes mixed;
 *   6. prints per route p50/p95/p99, errors, requests/s, the ratio to the floor and the
 *      servers' peak RSS; the budgets with "ok" or "te traag"; and checks that no
 *      acknowledged afspraak was lost or doubled (and, with two instances, that sessions
 *      and idempotency keys work across them).
 * Exits non-zero only when it cannot run (no server, no users), or with `--streng` when a
 * budget or check fails: timings on a shared machine are figures, not a test.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { paden } from "@/lib/routes";
import { actieBody, actieHeaders, actieId, actieKlaar, actieResultaat, inloggen, isFoutPagina, type Sessie } from "./loadtest/http";
import { budgetRegels, tabel, vatSamen, type Budget, type Meting, type Samenvatting } from "./loadtest/rapport";
import {
  bouw,
  draai,
  meetCpu,
  meetRss,
  ROOT,
  scratchDatabase,
  serverEnv,
  startInstantie,
  startProxy,
  stopProces,
  wachtTotRustig,
  type Instantie,
  type Proxy,
} from "./loadtest/server";
import { jsRegels, meetJs, vergelijkMetHtml } from "./js-budget";

// ---------------------------------------------------------------- options

function optie(naam: string, standaard: number): number {
  const i = process.argv.indexOf(`--${naam}`);
  if (i < 0) return standaard;
  const n = Number(process.argv[i + 1]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${naam} verwacht een positief getal`);
  return n;
}
const vlag = (naam: string) => process.argv.includes(`--${naam}`);

const OPTIES = {
  personen: optie("personen", 40_000),
  duur: optie("duur", 20),
  gebruikers: optie("gebruikers", 20),
  instanties: optie("instanties", 1),
  verbindingen: optie("verbindingen", 20),
  hergebruikBuild: vlag("hergebruik-build") || process.env.LOADTEST_HERGEBRUIK_BUILD === "1",
  hergebruikData: vlag("hergebruik-data"),
  streng: vlag("streng"),
  /** Only the routes whose name starts with one of these (comma-separated), e.g. `--routes contact,caseload`. */
  routes: ((i) => (i < 0 ? null : (process.argv[i + 1] ?? "").split(",").map((n) => n.trim()).filter(Boolean)))(process.argv.indexOf("--routes")),
};
if (OPTIES.instanties !== 1 && OPTIES.instanties !== 2) throw new Error("--instanties is 1 of 2");

const DIST = path.join(ROOT, ".next");
/** Every afspraak this run writes carries a key with this prefix: the rows are counted afterwards. */
const RUN = `lt-${randomBytes(4).toString("hex")}`;

// The budgets of issue 13.
const BUDGET = { paginaPerSeconde: 100, paginaP95: 250, schrijvenPerSeconde: 150 };

// ---------------------------------------------------------------- users and their work

type Rol = "BEGELEIDER" | "VRIJWILLIGER" | "TEAMLEIDER" | "CONSULENT";

interface Item {
  id: string;
  inburgeraarId: string;
  version: number;
  status: "OPEN" | "BEZIG" | "GEREGELD";
}

interface Gebruiker {
  email: string;
  rol: Rol;
  sessie: Sessie;
  /** Dossiers of people in an active phase assigned to this user. */
  dossiers: string[];
  /** Checklist items in those dossiers (begeleiders). */
  items: Item[];
}

/** How many users of each role, out of `n`: half begeleiders, a fifth volunteers, the rest teamleiders and consulenten. */
function verdeling(n: number): Record<Rol, number> {
  const vrijwilliger = Math.max(1, Math.round(n * 0.2));
  const teamleider = Math.max(1, Math.round(n * 0.15));
  const consulent = Math.max(1, Math.round(n * 0.15));
  return { BEGELEIDER: Math.max(1, n - vrijwilliger - teamleider - consulent), VRIJWILLIGER: vrijwilliger, TEAMLEIDER: teamleider, CONSULENT: consulent };
}

const ACTIEVE_FASEN = ["OPSTARTFASE", "BEGELEIDINGSFASE", "AFRONDING"];

/** Picks users of the largest organisation that can sign in without changing a password, with work to do. */
async function kiesGebruikers(db: pg.Pool): Promise<{ email: string; rol: Rol }[]> {
  const org = await db.query<{ id: string }>(`SELECT "organisatieId" AS id FROM "Inburgeraar" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  const organisatieId = org.rows[0]?.id;
  if (!organisatieId) throw new Error("De database heeft geen inburgeraars: is hij gevuld?");
  const aantallen = verdeling(OPTIES.gebruikers);
  const gekozen: { email: string; rol: Rol }[] = [];
  for (const rol of Object.keys(aantallen) as Rol[]) {
    const werk =
      rol === "BEGELEIDER" || rol === "VRIJWILLIGER"
        ? `AND EXISTS (SELECT 1 FROM "Toewijzing" t JOIN "Inburgeraar" i ON i.id = t."inburgeraarId"
             WHERE t."gebruikerId" = g.id AND t.tot IS NULL AND t.rol = $3::"ToewijzingRol" AND i.fase::text = ANY($4::text[]))`
        : rol === "CONSULENT"
          ? `AND EXISTS (SELECT 1 FROM "GebruikerGemeente" gg WHERE gg."gebruikerId" = g.id)`
          : "";
    const params: unknown[] = [organisatieId, rol];
    if (werk.includes("$3")) params.push(rol === "BEGELEIDER" ? "BEGELEIDER" : "MAATJE", ACTIEVE_FASEN);
    const { rows } = await db.query<{ email: string }>(
      `SELECT g.email FROM "Gebruiker" g
        WHERE g."organisatieId" = $1 AND g.rol = $2::"Rol" AND g.actief AND g."wachtwoordHash" IS NOT NULL
          AND NOT g."moetWachtwoordWijzigen" AND (g.rol = 'VRIJWILLIGER' OR g."tweestapsGeheim" IS NOT NULL) ${werk}
        ORDER BY g.email LIMIT ${aantallen[rol]}`,
      params,
    );
    if (rows.length < aantallen[rol]) console.log(`  let op: ${rows.length} van ${aantallen[rol]} ${rol.toLowerCase()}s gevonden`);
    gekozen.push(...rows.map((r) => ({ email: r.email, rol })));
  }
  return gekozen;
}

async function laadWerk(db: pg.Pool, email: string, rol: Rol): Promise<{ dossiers: string[]; items: Item[] }> {
  if (rol !== "BEGELEIDER" && rol !== "VRIJWILLIGER") return { dossiers: [], items: [] };
  const { rows: dossiers } = await db.query<{ id: string }>(
    `SELECT i.id FROM "Toewijzing" t JOIN "Gebruiker" g ON g.id = t."gebruikerId" JOIN "Inburgeraar" i ON i.id = t."inburgeraarId"
      WHERE g.email = $1 AND t.tot IS NULL AND t.rol = $2::"ToewijzingRol" AND i.fase::text = ANY($3::text[])
      ORDER BY i.id LIMIT 30`,
    [email, rol === "BEGELEIDER" ? "BEGELEIDER" : "MAATJE", ACTIEVE_FASEN],
  );
  const ids = dossiers.map((d) => d.id);
  if (rol !== "BEGELEIDER" || ids.length === 0) return { dossiers: ids, items: [] };
  const { rows: items } = await db.query<Item>(
    `SELECT id, "inburgeraarId", version, status::text AS status FROM "ChecklistItem"
      WHERE "inburgeraarId" = ANY($1::text[]) AND status::text IN ('OPEN', 'BEZIG', 'GEREGELD') ORDER BY id LIMIT 10`,
    [ids],
  );
  return { dossiers: ids, items };
}

/** Runs `fn` over `lijst` with at most `n` at a time. */
async function metHoogstens<T, R>(n: number, lijst: T[], fn: (x: T) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const uit: PromiseSettledResult<R>[] = new Array(lijst.length);
  let volgende = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, lijst.length) }, async () => {
      while (volgende < lijst.length) {
        const i = volgende++;
        try {
          uit[i] = { status: "fulfilled", value: await fn(lijst[i]!) };
        } catch (reason) {
          uit[i] = { status: "rejected", reason };
        }
      }
    }),
  );
  return uit;
}

// ---------------------------------------------------------------- routes

interface Verzoek {
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  body: string;
}

interface Route {
  naam: string;
  /** Connections in the mix, relative. */
  gewicht: number;
  schrijft: boolean;
  /**
   * Measured alone, left out of the mix: a page so heavy that two connections on it would starve the
   * others, so the mix would measure only it and no longer compare with earlier runs.
   */
  nietInMix?: string;
  /** At most this many connections (a checklist item is tapped by one request at a time). */
  maxVerbindingen?: number;
  /** After a phase, once the server is idle: put right what requests cut off at the end left behind. */
  naFase?(): Promise<void>;
  /** A request for the next user in turn; `klaar` judges the answer (null = good, else the reason). */
  volgende(): { verzoek: Verzoek; klaar(status: number, body: string): string | null };
}

const paginaKlaar = (status: number, body: string): string | null =>
  status !== 200 ? `HTTP ${status}` : isFoutPagina(body) ? "foutpagina" : null;

function rondgang<T>(lijst: T[]): () => T {
  let i = 0;
  return () => lijst[i++ % lijst.length]!;
}

/** Yesterday's calendar date in Amsterdam: a logged contact is never in the future, whatever the hour. */
function gisteren(): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(new Date(Date.now() - 86_400_000));
}

interface Telling {
  /** Keys of every log-afspraak request sent, answered, and confirmed (ok:true). */
  verstuurd: Set<string>;
  beantwoord: Set<string>;
  bevestigd: Set<string>;
}

function maakRoutes(basis: string, gebruikers: Gebruiker[], db: pg.Pool, telling: Telling): Route[] {
  const van = (...rollen: Rol[]) => gebruikers.filter((g) => rollen.includes(g.rol));
  const get = (g: Gebruiker, pad: string): Verzoek => ({ method: "GET", path: pad, headers: { cookie: g.sessie.cookie, accept: "text/html" }, body: "" });
  const routes: Route[] = [];

  const begeleiders = van("BEGELEIDER");
  const metDossier = begeleiders.filter((g) => g.dossiers.length > 0);
  if (begeleiders.length) {
    const wie = rondgang(begeleiders);
    routes.push({ naam: "caseload (/ begeleider)", gewicht: 4, schrijft: false, volgende: () => ({ verzoek: get(wie(), paden.home()), klaar: paginaKlaar }) });
  }
  if (metDossier.length) {
    const paren = metDossier.flatMap((g) => g.dossiers.map((d) => ({ g, d })));
    const wat = rondgang(paren.sort((a, b) => a.d.localeCompare(b.d)));
    routes.push({
      naam: "dossier (/inburgeraars/[id])",
      gewicht: 4,
      schrijft: false,
      volgende: () => {
        const { g, d } = wat();
        return { verzoek: get(g, paden.dossier(d)), klaar: paginaKlaar };
      },
    });
  }
  const agendaGebruikers = van("BEGELEIDER", "VRIJWILLIGER");
  if (agendaGebruikers.length) {
    const wie = rondgang(agendaGebruikers);
    routes.push({ naam: "agenda (/agenda)", gewicht: 2, schrijft: false, volgende: () => ({ verzoek: get(wie(), paden.agenda()), klaar: paginaKlaar }) });
  }
  const teamleiders = van("TEAMLEIDER");
  if (teamleiders.length) {
    const wie = rondgang(teamleiders);
    routes.push({ naam: "teamleider (/inburgeraars)", gewicht: 2, schrijft: false, volgende: () => ({ verzoek: get(wie(), paden.inburgeraars()), klaar: paginaKlaar }) });
    // The teamleider's start page: the wachtlijst, bellijst, 'te lang geen contact' and VOG lists of the whole organisation.
    const start = rondgang(teamleiders);
    routes.push({
      naam: "teamleider start (/)",
      gewicht: 1,
      schrijft: false,
      nietInMix: "de lijsten van de hele organisatie kosten PostgreSQL bij 40.000 personen nog ±0,05 s per verzoek (decision 029), meer dan elke andere pagina: met twee verbindingen erop meet de mix vooral deze pagina (docs/performance.md)",
      volgende: () => ({ verzoek: get(start(), paden.home()), klaar: paginaKlaar }),
    });
  }
  const consulenten = van("CONSULENT");
  if (consulenten.length) {
    const wie = rondgang(consulenten);
    routes.push({ naam: "voortgang (/ consulent)", gewicht: 2, schrijft: false, volgende: () => ({ verzoek: get(wie(), paden.home()), klaar: paginaKlaar }) });
  }

  if (metDossier.length) {
    const logId = actieId(DIST, "lib/afspraak/actions.ts", "logAfspraakAction");
    const paren = metDossier.flatMap((g) => g.dossiers.map((d) => ({ g, d })));
    const wat = rondgang(paren);
    let n = 0;
    routes.push({
      naam: "contact vastleggen (actie)",
      gewicht: 4,
      schrijft: true,
      volgende: () => {
        const { g, d } = wat();
        const sleutel = `${RUN}-${++n}`;
        telling.verstuurd.add(sleutel);
        const { body, contentType } = actieBody({
          inburgeraarId: d,
          datum: gisteren(),
          tijd: "10:00",
          type: "TELEFONISCH",
          status: "VOND_PLAATS",
          duurMinuten: "15",
          verslag: "Belasting gemeten (loadtest).",
          aanvraagSleutel: sleutel,
        });
        return {
          verzoek: { method: "POST", path: paden.contactVastleggen(d), headers: actieHeaders(basis, logId, g.sessie, contentType), body },
          klaar: (status, antwoord) => {
            const fout = actieKlaar(status, antwoord);
            telling.beantwoord.add(sleutel);
            if (!fout) telling.bevestigd.add(sleutel);
            return fout;
          },
        };
      },
    });
  }

  // Checklist taps: each item is held by one request at a time (a tap sends the version it holds).
  const items = begeleiders.flatMap((g) => g.items.map((item) => ({ g, item })));
  if (items.length) {
    const tikId = actieId(DIST, "lib/opstart/actions.ts", "zetChecklistStatusAction");
    const vrij = [...items];
    const onderweg = new Set<(typeof items)[number]>();
    const herlaad = async (slot: (typeof items)[number]) => {
      const { rows } = await db.query<{ version: number; status: Item["status"] }>(`SELECT version, status::text AS status FROM "ChecklistItem" WHERE id = $1`, [slot.item.id]);
      if (rows[0]) Object.assign(slot.item, rows[0]);
      onderweg.delete(slot);
      if (!vrij.includes(slot)) vrij.push(slot);
    };
    const VOLGENDE: Record<Item["status"], Item["status"]> = { OPEN: "BEZIG", BEZIG: "GEREGELD", GEREGELD: "OPEN" };
    routes.push({
      naam: "checklist tikken (actie)",
      gewicht: 2,
      schrijft: true,
      maxVerbindingen: items.length,
      // Taps cut off at the end of a phase may have been written: read what is stored.
      naFase: async () => {
        for (const slot of [...onderweg]) await herlaad(slot);
      },
      volgende: () => {
        // Never more connections than items (maxVerbindingen), so there is always a free one.
        const slot = vrij.shift() ?? items[Math.floor(Math.random() * items.length)]!;
        onderweg.add(slot);
        const status = VOLGENDE[slot.item.status];
        const { body, contentType } = actieBody({ id: slot.item.id, version: String(slot.item.version), status });
        return {
          verzoek: {
            method: "POST",
            path: paden.dossierTab(slot.item.inburgeraarId, "opstartfase"),
            headers: actieHeaders(basis, tikId, slot.g.sessie, contentType),
            body,
          },
          klaar: (code, antwoord) => {
            const fout = actieKlaar(code, antwoord);
            if (!fout) {
              slot.item.version = Number(/"version":(\d+)/.exec(actieResultaat(antwoord) ?? "")?.[1] ?? slot.item.version + 1);
              slot.item.status = status;
              onderweg.delete(slot);
              vrij.push(slot);
            } else {
              // What is really stored now (another tap won, or ours timed out but was written).
              void herlaad(slot);
            }
            return fout;
          },
        };
      },
    });
  }
  return routes;
}

const vloerRoute: Route = {
  naam: "inloggen (/login, vloer)",
  gewicht: 0,
  schrijft: false,
  volgende: () => ({ verzoek: { method: "GET", path: paden.login(), headers: { accept: "text/html" }, body: "" }, klaar: paginaKlaar }),
};

// ---------------------------------------------------------------- running autocannon

interface LopendeMeting {
  meting: Meting;
  klaar: Promise<void>;
}

function belast(basis: string, route: Route, fase: string, verbindingen: number, seconden: number): LopendeMeting {
  const meting: Meting = { route: route.naam, fase, latenties: [], geslaagd: 0, fouten: 0, voorbeelden: [], verbindingsfouten: 0, seconden, rssPiekMb: null };
  type Context = { klaar?: (status: number, body: string) => string | null };
  let klaarMet: (fout?: Error) => void = () => {};
  const klaar = new Promise<void>((resolve, reject) => {
    klaarMet = (fout) => (fout ? reject(fout) : resolve());
  });
  const instance = autocannon(
    {
      url: basis,
      connections: verbindingen,
      duration: seconden,
      timeout: 30,
      requests: [
        {
          setupRequest: (req, context) => {
            const { verzoek, klaar: beoordeel } = route.volgende();
            (context as Context).klaar = beoordeel;
            return { ...req, method: verzoek.method, path: verzoek.path, headers: verzoek.headers, body: verzoek.body };
          },
          onResponse: (status, body, context) => {
            const fout = (context as Context).klaar?.(status, body) ?? null;
            if (fout) {
              meting.fouten += 1;
              if (meting.voorbeelden.length < 3 && !meting.voorbeelden.includes(fout)) meting.voorbeelden.push(fout);
            } else meting.geslaagd += 1;
          },
        },
      ],
    },
    (fout, resultaat) => {
      if (fout) return klaarMet(fout);
      meting.verbindingsfouten = resultaat.errors + resultaat.timeouts;
      if (meting.verbindingsfouten > 0 && meting.voorbeelden.length < 3) meting.voorbeelden.push(`${resultaat.errors} verbindingsfouten, ${resultaat.timeouts} time-outs`);
      klaarMet();
    },
  );
  instance.on("response", (_client, _status, _bytes, responseTime) => meting.latenties.push(responseTime));
  return { meting, klaar };
}

/** The pids of the database cluster's processes (set once the scratch database is there). */
let pgPids: () => Promise<number[]> = async () => [];

/** One phase: the routes together, their connections split by weight (largest remainder). */
async function fase(basis: string, instanties: Instantie[], naam: string, routes: { route: Route; verbindingen: number }[]): Promise<Meting[]> {
  const rss = meetRss(instanties);
  const cpu = await meetCpu(instanties, pgPids);
  const lopend = routes
    .filter((r) => r.verbindingen > 0)
    .map((r) => belast(basis, r.route, naam, Math.min(r.verbindingen, r.route.maxVerbindingen ?? Infinity), OPTIES.duur));
  await Promise.all(lopend.map((l) => l.klaar));
  // Per request only when one route had the phase to itself (the floor, each route alone), and only when
  // the answered requests outnumber those still running at the end (their CPU is in the phase, they are not).
  const verbruik = await cpu.stop();
  const enige = lopend.length === 1 ? lopend[0]!.meting : null;
  if (enige && enige.geslaagd + enige.fouten >= 3 * routes[0]!.verbindingen) enige.cpu = verbruik;
  const piek = rss.stop().reduce((s, r) => s + (r.piekMb ?? 0), 0) || null;
  // Requests cut off at the end still run on the server: the next phase starts when it is idle.
  await wachtTotRustig(instanties);
  for (const r of routes) await r.route.naFase?.();
  for (const l of lopend) l.meting.rssPiekMb = piek;
  return lopend.map((l) => l.meting);
}

function verdeelVerbindingen(routes: Route[], totaal: number): { route: Route; verbindingen: number }[] {
  const som = routes.reduce((s, r) => s + r.gewicht, 0);
  const ruw = routes.map((r) => (r.gewicht / som) * totaal);
  const uit = ruw.map((x) => Math.max(1, Math.floor(x)));
  let over = totaal - uit.reduce((s, x) => s + x, 0);
  const volgorde = ruw.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest);
  for (const { i } of volgorde) {
    if (over <= 0) break;
    uit[i]! += 1;
    over -= 1;
  }
  return routes.map((route, i) => ({ route, verbindingen: uit[i]! }));
}

/** One request per route before measuring: code paths warm, and a route that fails at all is reported up front. */
async function opwarmen(basis: string, routes: Route[]): Promise<string[]> {
  const problemen: string[] = [];
  for (const route of routes) {
    for (let i = 0; i < 3; i++) {
      const { verzoek, klaar } = route.volgende();
      const r = await fetch(`${basis}${verzoek.path}`, { method: verzoek.method, headers: verzoek.headers, body: verzoek.method === "POST" ? verzoek.body : undefined, redirect: "manual" });
      const fout = klaar(r.status, await r.text());
      if (fout) {
        problemen.push(`${route.naam}: ${fout}`);
        break;
      }
    }
  }
  return problemen;
}

// ---------------------------------------------------------------- checks

/**
 * The afspraken this run wrote, against what the server answered: every
 * confirmed key must be there (not lost), a refused one never, and a key sent
 * at the very end of a phase (cut off, no answer) may or may not be. The unique
 * index on aanvraagSleutel makes a second row for one key impossible; a row
 * without a key of this run would be a double of another kind.
 */
async function telAfspraken(db: pg.Pool, telling: Telling) {
  const geweigerd = [...telling.beantwoord].filter((k) => !telling.bevestigd.has(k));
  const { rows } = await db.query<{ totaal: string; bevestigd: string; geweigerd: string; onbekend: string }>(
    `SELECT count(*) AS totaal,
            count(*) FILTER (WHERE "aanvraagSleutel" = ANY($2::text[])) AS bevestigd,
            count(*) FILTER (WHERE "aanvraagSleutel" = ANY($3::text[])) AS geweigerd,
            count(*) FILTER (WHERE NOT ("aanvraagSleutel" = ANY($4::text[]))) AS onbekend
       FROM "Afspraak" WHERE "aanvraagSleutel" LIKE $1`,
    [`${RUN}-%`, [...telling.bevestigd], geweigerd, [...telling.verstuurd, `${RUN}-twee-instanties`]],
  );
  const r = rows[0]!;
  return {
    rijen: Number(r.totaal),
    verloren: telling.bevestigd.size - Number(r.bevestigd),
    geweigerdMaarGeschreven: Number(r.geweigerd),
    onbekend: Number(r.onbekend),
    afgebroken: telling.verstuurd.size - telling.beantwoord.size,
  };
}

async function aantalAfspraken(db: pg.Pool): Promise<number> {
  return Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Afspraak"`)).rows[0]!.n);
}

/** Two instances: a session from A works on B, and a repeated log-afspraak on B finds A's row. */
async function controleerTweeInstanties(db: pg.Pool, a: Instantie, b: Instantie, begeleider: Gebruiker | undefined): Promise<Budget[]> {
  const uit: Budget[] = [];
  if (!begeleider || begeleider.dossiers.length === 0) return [{ naam: "twee instanties", gemeten: "geen begeleider met dossiers", eis: "sessie en sleutel over instanties", ok: false, soort: "fout" }];
  const sessie = await inloggen(a.url, begeleider.email, begeleider.rol);
  const opB = await fetch(`${b.url}/`, { headers: { cookie: sessie.cookie }, redirect: "manual" });
  await opB.arrayBuffer();
  uit.push({ naam: "sessie van instantie A op instantie B", gemeten: `HTTP ${opB.status}`, eis: "200", ok: opB.status === 200, soort: "fout" });

  const d = begeleider.dossiers[0]!;
  const sleutel = `${RUN}-twee-instanties`;
  const id = actieId(DIST, "lib/afspraak/actions.ts", "logAfspraakAction");
  const velden = { inburgeraarId: d, datum: gisteren(), tijd: "11:00", type: "KANTOOR", status: "VOND_PLAATS", duurMinuten: "30", aanvraagSleutel: sleutel };
  const ids: string[] = [];
  for (const inst of [a, b]) {
    const { body, contentType } = actieBody(velden);
    const r = await fetch(`${inst.url}${paden.contactVastleggen(d)}`, { method: "POST", headers: actieHeaders(inst.url, id, sessie, contentType), body, redirect: "manual" });
    const resultaat = actieResultaat(await r.text()) ?? "";
    ids.push(/"afspraakId":"([^"]+)"/.exec(resultaat)?.[1] ?? `(${r.status}: ${resultaat.slice(0, 80)})`);
  }
  const { rows } = await db.query<{ n: string }>(`SELECT count(*) AS n FROM "Afspraak" WHERE "aanvraagSleutel" = $1`, [sleutel]);
  const n = Number(rows[0]!.n);
  uit.push({
    naam: "zelfde aanvraagsleutel op A en dan B",
    gemeten: `${n} rij, antwoorden ${ids[0] === ids[1] ? "zelfde afspraak" : `${ids[0]} / ${ids[1]}`}`,
    eis: "1 rij, zelfde afspraak",
    ok: n === 1 && ids[0] === ids[1],
    soort: "fout",
  });
  return uit;
}

// ---------------------------------------------------------------- main

/** Migrations, then the national dataset of issue 13 part 1 (scripts/bench-data.ts, docs/bench-data.md). */
async function vulDatabase(env: NodeJS.ProcessEnv): Promise<string> {
  await draai("npm", ["run", "--silent", "db:prepare"], env);
  await draai("npm", ["run", "bench:data", "--", "--personen", String(OPTIES.personen)], env);
  return `landelijke dataset (npm run bench:data -- --personen ${OPTIES.personen})`;
}

async function main() {
  const start = Date.now();
  const opruimen: (() => Promise<void> | void)[] = [];
  let db: pg.Pool | null = null;
  try {
    console.log(`Belastingstest: ${OPTIES.personen} personen, ${OPTIES.gebruikers} gebruikers, ${OPTIES.verbindingen} tegelijk, ${OPTIES.duur} s per fase, ${OPTIES.instanties} instantie(s).`);
    await bouw(DIST, OPTIES.hergebruikBuild);

    const scratch = await scratchDatabase({ hergebruik: OPTIES.hergebruikData });
    opruimen.push(() => scratch.stop());
    db = new pg.Pool({ connectionString: scratch.url, max: 4 });
    const pool = db;
    // The processes of the database's cluster (backends and workers), for the CPU per request.
    pgPids = () =>
      pool
        .query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() OR datname IS NULL`)
        .then((r) => r.rows.map((x) => x.pid));
    const env = serverEnv(scratch.url);
    const bestaand = OPTIES.hergebruikData ? await db.query(`SELECT count(*) AS n FROM "Inburgeraar"`).then((r) => Number(r.rows[0].n), () => 0) : 0;
    const dataset = bestaand > 0 ? `bestaande data (${bestaand} inburgeraars)` : await vulDatabase(env);

    // The servers; with two, the proxy in front and NEXTAUTH_URL pointing at it.
    const instanties: Instantie[] = [];
    let proxy: Proxy | null = null;
    const inst = async (naam: string, nextauthUrl?: string) => {
      const i = await startInstantie(naam, nextauthUrl ? { ...env, NEXTAUTH_URL: nextauthUrl } : env);
      instanties.push(i);
      opruimen.push(() => stopProces(i.proces));
      return i;
    };
    let basis: string;
    if (OPTIES.instanties === 2) {
      const a = await inst("instantie A");
      const b = await inst("instantie B");
      proxy = await startProxy([a.url, b.url]);
      opruimen.push(() => stopProces(proxy!.proces));
      basis = proxy.url;
    } else {
      basis = (await inst("instantie")).url;
    }
    console.log(`Server(s): ${instanties.map((i) => i.url).join(", ")}${proxy ? ` achter proxy ${proxy.url}` : ""}.`);

    // Sign in.
    const kandidaten = await kiesGebruikers(db);
    const resultaten = await metHoogstens(4, kandidaten, async (k) => {
      const sessie = await inloggen(basis, k.email, k.rol);
      return { ...k, sessie, ...(await laadWerk(db!, k.email, k.rol)) } satisfies Gebruiker;
    });
    const gebruikers = resultaten.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    const mislukt = resultaten.flatMap((r) => (r.status === "rejected" ? [String((r.reason as Error).message ?? r.reason)] : []));
    const perRol = (["BEGELEIDER", "VRIJWILLIGER", "TEAMLEIDER", "CONSULENT"] as const).map((rol) => `${gebruikers.filter((g) => g.rol === rol).length} ${rol.toLowerCase()}`);
    console.log(`Ingelogd: ${gebruikers.length} gebruikers (${perRol.join(", ")})${mislukt.length ? `; mislukt: ${mislukt.length}` : ""}.`);
    for (const m of mislukt.slice(0, 5)) console.log(`  ${m}`);
    if (gebruikers.length === 0) throw new Error("Niemand kon inloggen: de belastingstest kan niet draaien.");

    const telling: Telling = { verstuurd: new Set(), beantwoord: new Set(), bevestigd: new Set() };
    const routes = maakRoutes(basis, gebruikers, db, telling).filter((r) => !OPTIES.routes || OPTIES.routes.some((n) => r.naam.startsWith(n)));
    if (routes.length === 0) throw new Error(`Geen route past bij --routes ${OPTIES.routes?.join(",")}.`);
    const afsprakenVoor = await aantalAfspraken(db);
    const problemen = await opwarmen(basis, [vloerRoute, ...routes]);
    for (const p of problemen) console.log(`  opwarmen: ${p}`);
    const belastingVoor = os.loadavg()[0]!;
    const cpuVoor = process.cpuUsage();
    const metenVanaf = Date.now();

    // Phases: the floor, each route alone, then the mix.
    const C = OPTIES.verbindingen;
    console.log(`\nMeten (${2 + routes.length} fasen van ${OPTIES.duur} s) …`);
    const [vloer] = await fase(basis, instanties, "vloer", [{ route: vloerRoute, verbindingen: C }]);
    const alleen: Meting[] = [];
    for (const route of routes) {
      alleen.push(...(await fase(basis, instanties, "alleen", [{ route, verbindingen: C }])));
      process.stdout.write(".");
    }
    const inMix = routes.filter((r) => !r.nietInMix);
    const mix = inMix.length ? await fase(basis, instanties, "mix", verdeelVerbindingen(inMix, C)) : [];
    process.stdout.write("\n");

    const generatorCpu = process.cpuUsage(cpuVoor);
    const generatorCores = (generatorCpu.user + generatorCpu.system) / 1000 / (Date.now() - metenVanaf);
    const proxyTellingen = proxy ? await proxy.tellingen() : null;
    const tweeInstanties = OPTIES.instanties === 2 ? await controleerTweeInstanties(db, instanties[0]!, instanties[1]!, gebruikers.find((g) => g.rol === "BEGELEIDER")) : [];
    const afsprakenNa = await aantalAfspraken(db);
    const rijen = await telAfspraken(db, telling);
    const rss = meetRss(instanties).stop();
    const js = meetJs(DIST);
    // The manifest reading against the HTML a phone really gets.
    const jsControle: string[] = [];
    const begeleider = gebruikers.find((g) => g.rol === "BEGELEIDER" && g.dossiers.length > 0);
    if (begeleider) {
      for (const [pagina, pad] of [
        [js[0]!, paden.home()],
        [js[1]!, paden.contactVastleggen(begeleider.dossiers[0]!)],
      ] as const) {
        const html = await (await fetch(`${basis}${pad}`, { headers: { cookie: begeleider.sessie.cookie } })).text();
        const { nietGeteld, nietGeladen } = vergelijkMetHtml(html, pagina, DIST);
        if (nietGeteld.length) jsControle.push(`  let op: de HTML van ${pad} laadt chunks die de JS-meting niet telde: ${nietGeteld.join(", ")}`);
        if (nietGeladen.length) jsControle.push(`  let op: de JS-meting telde chunks die de HTML van ${pad} niet laadt: ${nietGeladen.join(", ")}`);
        if (!nietGeteld.length && !nietGeladen.length) jsControle.push(`  JS-meting van ${pagina.naam} is precies wat de HTML laadt.`);
      }
    }

    // ------------------------------------------------------------ report
    const vloerS = vatSamen(vloer!);
    const alleenS = alleen.map(vatSamen);
    const mixS = mix.map(vatSamen);
    const regels: string[] = [];
    regels.push("", `## Belastingstest ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`, "");
    regels.push(`Dataset: ${dataset}. ${gebruikers.length} ingelogde gebruikers, ${C} tegelijk, ${OPTIES.duur} s per fase, ${instanties.length} instantie(s)${proxy ? " achter een round-robin-proxy" : ""}.`, "");
    regels.push("Elke route alleen (de vloer is de inlogpagina; × vloer = hoeveel keer minder verzoeken per seconde dan de vloer):", "");
    regels.push(...tabel([vloerS, ...alleenS], vloerS), "");
    for (const r of routes.filter((x) => x.nietInMix)) regels.push(`Niet in de mix: ${r.naam}, want ${r.nietInMix}.`, "");
    const mixTotaal = samenvattingVan("totaal (mix)", mix);
    if (mix.length) {
      regels.push(`Alles door elkaar (${verdeelVerbindingen(inMix, C).map((r) => `${r.verbindingen}× ${r.route.naam.split(" (")[0]}`).join(", ")}):`, "");
      // In the mix each route has a share of the connections: only the total compares with the floor.
      regels.push(...tabel([...mixS, mixTotaal], vloerS, (r) => r === mixTotaal), "");
    }
    const metFouten = [vloerS, ...alleenS, ...mixS].filter((s) => s.fouten > 0);
    for (const s of metFouten) regels.push(`fouten bij ${s.route} (${s.fase}): ${s.voorbeelden.join("; ")}`);
    // The machine is shared (other builds, other sessions): its load says how far to trust the figures.
    regels.push(`Machine: ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}; belasting (loadavg 1 min) ${belastingVoor.toFixed(1)} bij de start, ${os.loadavg()[0]!.toFixed(1)} aan het eind; autocannon zelf gebruikte gemiddeld ${generatorCores.toFixed(2)} core.`);
    regels.push(`Geheugen (RSS) aan het eind: ${rss.map((r) => `${r.naam} ${r.laatsteMb ?? "?"} MB`).join(", ")}.`);
    if (proxyTellingen) regels.push(`Proxy: ${proxyTellingen.beantwoord.map((n, i) => `${instanties[i]!.naam} ${n} antwoorden`).join(", ")}; ${proxyTellingen.fouten.reduce((s, n) => s + n, 0)} niet bereikbaar, ${proxyTellingen.herhaald} opnieuw verstuurd na een gesloten keep-alive-verbinding.`);

    const budgetten: Budget[] = [];
    for (const s of alleenS.filter((s) => !routes.find((r) => r.naam === s.route)?.schrijft)) {
      budgetten.push({
        naam: `server, ${s.route}`,
        gemeten: `${s.perSeconde.toFixed(0)} req/s, p95 ${Number.isFinite(s.p95) ? Math.round(s.p95) : "–"} ms, ${s.fouten} fouten`,
        eis: `≥ ${BUDGET.paginaPerSeconde} req/s, p95 ≤ ${BUDGET.paginaP95} ms, 0 fouten`,
        ok: s.perSeconde >= BUDGET.paginaPerSeconde && s.p95 <= BUDGET.paginaP95 && s.fouten === 0,
      });
    }
    const mixPaginas = samenvattingVan("mix", mix.filter((m) => !routes.find((r) => r.naam === m.route)?.schrijft));
    if (mix.length) budgetten.push({
      naam: "server, pagina's in de mix",
      gemeten: `${mixTotaal.perSeconde.toFixed(0)} req/s in totaal, p95 pagina's ${Number.isFinite(mixPaginas.p95) ? Math.round(mixPaginas.p95) : "–"} ms, ${mixTotaal.fouten} fouten`,
      eis: `≥ ${BUDGET.paginaPerSeconde} req/s, p95 ≤ ${BUDGET.paginaP95} ms, 0 fouten`,
      ok: mixTotaal.perSeconde >= BUDGET.paginaPerSeconde && mixPaginas.p95 <= BUDGET.paginaP95 && mixTotaal.fouten === 0,
    });
    const log = alleenS.find((s) => s.route.startsWith("contact vastleggen"));
    if (log) {
      budgetten.push({
        naam: "schrijven, contact vastleggen",
        gemeten: `${log.perSeconde.toFixed(0)} per s, ${log.fouten} fouten`,
        eis: `≥ ${BUDGET.schrijvenPerSeconde} per s, 0 fouten`,
        ok: log.perSeconde >= BUDGET.schrijvenPerSeconde && log.fouten === 0,
      });
    }
    // Rows not from this run's keys (a double of another kind, or a contact planned by mistake).
    const anders = afsprakenNa - afsprakenVoor - rijen.rijen;
    const afgebrokenGeschreven = rijen.rijen - (telling.bevestigd.size - rijen.verloren) - rijen.geweigerdMaarGeschreven - (OPTIES.instanties === 2 ? 1 : 0);
    budgetten.push({
      naam: "schrijven, geen verloren of dubbele afspraken",
      gemeten:
        `${telling.bevestigd.size} bevestigd (2xx, ok), ${rijen.rijen} rijen met de sleutels van deze run: ${rijen.verloren} verloren, ` +
        `${rijen.geweigerdMaarGeschreven} geschreven na een weigering, ${anders + rijen.onbekend} onverwacht; ` +
        `${rijen.afgebroken} aan het eind van een fase afgebroken, waarvan ${afgebrokenGeschreven} toch geschreven (mag)`,
      eis: "0 verloren, 0 dubbel",
      ok: rijen.verloren === 0 && rijen.geweigerdMaarGeschreven === 0 && anders === 0 && rijen.onbekend === 0,
      soort: "fout",
    });
    for (const p of js) budgetten.push({ naam: `client, JS ${p.naam}`, gemeten: `${p.gzipKb.toFixed(1)} kB gzip`, eis: "≤ 150 kB", ok: p.ok, soort: "te zwaar" });
    if (proxyTellingen) {
      const beide = proxyTellingen.beantwoord.every((n) => n > 0);
      budgetten.push({ naam: "twee instanties, beide bedienden verzoeken", gemeten: proxyTellingen.beantwoord.join(" / "), eis: "beide > 0", ok: beide, soort: "fout" });
    }
    budgetten.push(...tweeInstanties);

    regels.push("", "Budgetten (issue 13; 'hete lezing ≤ 3× SQL' staat in npm run bench):", ...budgetRegels(budgetten));
    regels.push(...jsRegels(js).map((r) => `  ${r}`), ...jsControle);
    regels.push("", `Klaar in ${Math.round((Date.now() - start) / 1000)} s.`);
    console.log(regels.join("\n"));
    if (OPTIES.streng && budgetten.some((b) => !b.ok)) process.exitCode = 1;
  } finally {
    await db?.end().catch(() => undefined);
    for (const stap of opruimen.reverse()) await Promise.resolve(stap()).catch((e: unknown) => console.error(e));
  }
}

/** The figures of several routes taken together (all their latencies). */
function samenvattingVan(naam: string, metingen: Meting[]): Samenvatting {
  return vatSamen({
    route: naam,
    fase: metingen[0]?.fase ?? "",
    latenties: metingen.flatMap((m) => m.latenties),
    geslaagd: metingen.reduce((s, m) => s + m.geslaagd, 0),
    fouten: metingen.reduce((s, m) => s + m.fouten + m.verbindingsfouten, 0),
    voorbeelden: [],
    verbindingsfouten: 0,
    seconden: OPTIES.duur,
    rssPiekMb: metingen[0]?.rssPiekMb ?? null,
  });
}

main().catch((error: unknown) => {
  console.error("Belastingstest kon niet draaien:");
  console.error(error);
  process.exitCode = 2;
});
