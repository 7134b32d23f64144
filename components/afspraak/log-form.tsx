"use client";

import Link from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { Vinkje } from "@/components/ui/keuzes";
import { useFormAction } from "@/components/ui/use-form-action";
import { VerstuurKnop } from "@/components/ui/verstuur-knop";
import { VeldPrefix } from "@/components/ui/veld-prefix";
import { bewaarConcept, leesConcept, uitFormData, wisConcept, zetInWachtrij, type Velden } from "@/components/offline/opslag";
import type { ActionState, FieldErrors } from "@/lib/actions/state";
import { logAfspraakAction, type LogExtra } from "@/lib/afspraak/actions";
import { AFSPRAAK_STATUS_LABELS, AFSPRAAK_TYPE_LABELS, AFSPRAAK_TYPE_VOLGORDE, LOG_STATUSSEN, type LogStatus } from "@/lib/afspraak/labels";
import { beginVanZojuist, MAX_VERSLAG, STANDAARD_DUUR, standaardVolgendTijd, type LogStandaarden } from "@/lib/afspraak/rules";
import type { AfspraakType, Leefgebied } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS, LEEFGEBIED_VOLGORDE } from "@/lib/inburgeraar/leefgebied";
import { paden } from "@/lib/routes";
import { formatKalenderdatum, plusDagen } from "@/lib/tijd";
import { DuurVeld, useDuur } from "./afspraak-velden";
import { DoelKeuze, type DoelKeuzeOptie } from "@/components/plan/doel-keuze";
import { KeuzeChips } from "./keuze-chips";

export interface LogFormProps {
  gebruikerId: string;
  inburgeraar: { id: string; naam: string };
  standaarden: LogStandaarden;
  /** Logging a planned afspraak: its id and the version this page loaded. */
  gepland: { id: string; version: number } | null;
  openPunten: readonly { id: string; titel: string; isTeLaat: boolean }[];
  /** Open doelen of the plan, for those who write the plan (issue 8); empty: no choice shown. */
  doelen?: readonly DoelKeuzeOptie[];
  toonEindgesprek: boolean;
  kanPlannen: boolean;
  /** Offer "Verslag delen met het maatje" (begeleiders). */
  kanVerslagDelen?: boolean;
}

type LogState = ActionState<LogExtra & { wacht: boolean }>;

const TYPE_OPTIES = AFSPRAAK_TYPE_VOLGORDE.map((t) => ({ waarde: t, label: AFSPRAAK_TYPE_LABELS[t] }));
const STATUS_OPTIES = LOG_STATUSSEN.map((s) => ({ waarde: s, label: AFSPRAAK_STATUS_LABELS[s] }));
const LEEFGEBIED_OPTIES = LEEFGEBIED_VOLGORDE.map((l) => ({ waarde: l, label: LEEFGEBIED_LABELS[l] }));

function isNextSignal(error: unknown): boolean {
  return typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string" && error.digest.startsWith("NEXT_");
}

/** What the fields start with: the server's defaults, or a draft this device kept. */
interface Begin {
  status: LogStatus;
  type: AfspraakType;
  datum: string;
  tijd: string;
  duurMinuten: string;
  leefgebieden: Leefgebied[];
  verslag: string;
  checklistItemIds: string[];
  doelIds: string[];
  volgendContact: string;
  volgendContactTijd: string;
  metTolk: boolean;
  tolkTaal: string;
  isEindgesprek: boolean;
  deelMetMaatje: boolean;
}

function beginUit(s: LogStandaarden): Begin {
  return {
    status: "VOND_PLAATS",
    type: s.type,
    datum: s.datum,
    tijd: s.tijd,
    duurMinuten: String(s.duurMinuten),
    leefgebieden: [],
    verslag: "",
    checklistItemIds: [],
    doelIds: [],
    volgendContact: "",
    volgendContactTijd: "",
    metTolk: s.metTolk,
    tolkTaal: s.tolkTaal ?? "",
    isEindgesprek: false,
    deelMetMaatje: false,
  };
}

function beginUitConcept(velden: Velden, basis: Begin): Begin {
  const een = (k: string) => velden.find(([n]) => n === k)?.[1];
  const alle = (k: string) => velden.filter(([n]) => n === k).map(([, v]) => v);
  return {
    status: (een("status") as LogStatus) ?? basis.status,
    type: (een("type") as AfspraakType) ?? basis.type,
    datum: een("datum") ?? basis.datum,
    tijd: een("tijd") ?? basis.tijd,
    duurMinuten: een("duurMinuten") ?? basis.duurMinuten,
    leefgebieden: alle("leefgebieden") as Leefgebied[],
    verslag: een("verslag") ?? "",
    checklistItemIds: alle("checklistItemIds"),
    doelIds: alle("doelIds"),
    volgendContact: een("volgendContact") ?? "",
    volgendContactTijd: een("volgendContactTijd") ?? "",
    metTolk: een("metTolk") === "on",
    tolkTaal: een("tolkTaal") ?? "",
    isEindgesprek: een("isEindgesprek") === "on",
    deelMetMaatje: een("deelMetMaatje") === "on",
  };
}

/** A draft is worth restoring when something was typed or chosen beyond the defaults. */
const heeftInhoud = (b: Begin, basis: Begin) =>
  b.verslag.trim() !== "" || b.leefgebieden.length > 0 || b.checklistItemIds.length > 0 || b.doelIds.length > 0 || b.volgendContact !== "" || b.type !== basis.type || b.status !== basis.status;

/**
 * "Contact vastleggen" in under 30 seconds on a phone: one screen with the
 * server's defaults, the save button always in view, a draft kept on the
 * device while typing, and — without a connection — the contact queued on the
 * device with the same aanvraagSleutel, sent when the connection returns.
 */
export function LogForm(props: LogFormProps) {
  const { gebruikerId, inburgeraar, gepland } = props;
  const conceptSleutel = `${gebruikerId}:${inburgeraar.id}:${gepland?.id ?? "nieuw"}`;
  const formRef = useRef<HTMLFormElement>(null);
  const bevestigingRef = useRef<HTMLDivElement>(null);
  // One key per contact: a double click or a retry sends the same key, and the server keeps one afspraak.
  const [basisSleutel] = useState(() => crypto.randomUUID());
  const basis = beginUit(props.standaarden);
  // A restored draft (or "Opnieuw beginnen"), for the fields of the contact being entered now.
  const [herstel, setHerstel] = useState<{ stamp: number; begin: Begin; tijd: number | null; versie: number } | null>(null);

  const zetKlaar = useCallback(
    async (fd: FormData): Promise<LogState> => {
      const velden = uitFormData(fd);
      const type = (fd.get("type") as AfspraakType | null) ?? props.standaarden.type;
      const datum = String(fd.get("datum") ?? "");
      try {
        await zetInWachtrij({
          aanvraagSleutel: String(fd.get("aanvraagSleutel")),
          gebruikerId,
          inburgeraarId: inburgeraar.id,
          naam: inburgeraar.naam,
          omschrijving: `${AFSPRAAK_TYPE_LABELS[type] ?? "Contact"}, ${datum ? formatKalenderdatum(datum) : ""} ${String(fd.get("tijd") ?? "")}`.trim(),
          velden,
          aangemaaktOp: Date.now(),
          status: "wacht",
        });
      } catch {
        return { ok: false, message: "Er is geen verbinding en dit apparaat kon het contact niet bewaren. Kopieer je verslag en probeer het later opnieuw." };
      }
      await wisConcept(conceptSleutel).catch(() => undefined);
      return { ok: true, wacht: true, stamp: Date.now() };
    },
    [conceptSleutel, gebruikerId, inburgeraar.id, inburgeraar.naam, props.standaarden.type],
  );

  // The save answers with its result only (lib/afspraak/actions: no page re-render). What this page
  // itself shows and a save can change — the open checklist items, the eindgesprek option — is
  // fetched again after a save that touched them.
  const router = useRouter();
  const paginaVerandert = useRef(false);
  const form = useFormAction<LogState>(async (prev, fd) => {
    // No connection: straight onto the device's queue.
    if (!navigator.onLine) return zetKlaar(fd);
    paginaVerandert.current = fd.getAll("checklistItemIds").length > 0 || fd.get("isEindgesprek") === "on";
    try {
      return (await logAfspraakAction(prev, fd)) as LogState;
    } catch (error) {
      if (isNextSignal(error)) throw error;
      // The connection dropped, or the answer got lost on the way back: queue it.
      // The same aanvraagSleutel makes a second arrival find the first contact.
      return zetKlaar(fd);
    }
  });
  const { state } = form;
  const isKlaar = state.ok;
  const gelogdGepland = Boolean(gepland && isKlaar && !state.wacht);
  // Each save (or queueing) starts a new contact: a new key and fresh fields. A refusal after
  // that keeps them (the key must never fall back to one the server already used).
  const [stamp, setStamp] = useState(0);
  if (state.ok && state.stamp && state.stamp !== stamp) setStamp(state.stamp);
  const aanvraagSleutel = `${basisSleutel}-${stamp}`;
  const actueelHerstel = herstel && herstel.stamp === stamp ? herstel : null;
  const begin = actueelHerstel?.begin ?? basis;
  const conceptTijd = actueelHerstel?.tijd ?? null;
  const veldenKey = `${stamp}-${actueelHerstel?.versie ?? 0}`;

  // After a save (or queueing): no draft, the confirmation in view.
  useEffect(() => {
    if (!state.ok) return;
    if (!state.wacht && paginaVerandert.current) {
      paginaVerandert.current = false;
      router.refresh();
    }
    void wisConcept(conceptSleutel).catch(() => undefined);
    const el = bevestigingRef.current;
    if (el) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "start", behavior: "instant" as ScrollBehavior });
    }
  }, [state, conceptSleutel, router]);

  // A draft this device kept (the tab was closed, the battery died): put it back.
  const basisRef = useRef(basis);
  useEffect(() => {
    let actief = true;
    leesConcept(conceptSleutel, gebruikerId)
      .then((c) => {
        if (!actief || !c) return;
        const terug = beginUitConcept(c.velden, basisRef.current);
        if (!heeftInhoud(terug, basisRef.current)) return;
        setHerstel({ stamp: 0, begin: terug, tijd: c.bewaardOp, versie: 1 });
      })
      .catch(() => undefined);
    return () => {
      actief = false;
    };
  }, [conceptSleutel, gebruikerId]);

  // Keep a draft while typing (debounced), on this device only.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const bewaar = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const el = formRef.current;
      if (!el) return;
      const velden = uitFormData(new FormData(el)).filter(([k]) => !["inburgeraarId", "aanvraagSleutel", "afspraakId", "version"].includes(k));
      void bewaarConcept({ sleutel: conceptSleutel, gebruikerId, velden, bewaardOp: Date.now() }).catch(() => undefined);
    }, 400);
  }, [conceptSleutel, gebruikerId]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const opnieuwBeginnen = () => {
    void wisConcept(conceptSleutel).catch(() => undefined);
    setHerstel({ stamp, begin: basis, tijd: null, versie: (actueelHerstel?.versie ?? 0) + 1 });
  };

  return (
    <form ref={formRef} {...form.props} className="flex flex-col gap-4" aria-label="Contact vastleggen">
      <VeldPrefix value="log">
        <input type="hidden" name="inburgeraarId" value={inburgeraar.id} />
        <input type="hidden" name="aanvraagSleutel" value={aanvraagSleutel} />
        {gepland ? (
          <>
            <input type="hidden" name="afspraakId" value={gepland.id} />
            <input type="hidden" name="version" value={gepland.version} />
          </>
        ) : null}
        <FormMelding state={{ ...state, message: state.ok ? undefined : state.message }} meldingRef={form.melding.meldingRef} />
        <div ref={bevestigingRef} tabIndex={-1} className="scroll-mt-4 outline-none empty:hidden">
          {isKlaar ? <Bevestiging state={state} inburgeraarId={inburgeraar.id} naam={inburgeraar.naam} kanPlannen={props.kanPlannen} /> : null}
        </div>
        {conceptTijd ? (
          <p className="flex flex-wrap items-center gap-x-3 rounded-md bg-slate-100 px-3 py-1 text-sm text-slate-800" role="status">
            Je invoer van {new Date(conceptTijd).toLocaleTimeString("nl-NL", { hour: "2-digit", minute: "2-digit" })} is teruggezet.
            <button type="button" onClick={opnieuwBeginnen} className="min-h-11 text-merk-700 underline">
              Opnieuw beginnen
            </button>
          </p>
        ) : null}
        {gelogdGepland ? null : (
          <>
            <LogVelden key={veldenKey} begin={begin} {...props} errors={form.errors} opWijziging={bewaar} />
            <div className="sticky bottom-0 z-10 -mx-4 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
              <VerstuurKnop isPending={form.isPending} bezig="Bezig met opslaan…" className="w-full sm:w-auto">
                Contact opslaan
              </VerstuurKnop>
            </div>
          </>
        )}
      </VeldPrefix>
    </form>
  );
}

function Bevestiging({ state, inburgeraarId, naam, kanPlannen }: { state: LogState; inburgeraarId: string; naam: string; kanPlannen: boolean }) {
  if (state.wacht) {
    return (
      <div className="rounded-md border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
        <p className="font-semibold">Nog niet verstuurd: het contact wacht op verbinding.</p>
        <p className="mt-1">
          Het contact met {naam} staat op dit apparaat klaar en wordt vanzelf verstuurd zodra er verbinding is, ook als je de app sluit en later weer
          opent. Bovenaan de pagina zie je wat er nog wacht.
        </p>
      </div>
    );
  }
  const b = state.bevestiging;
  return (
    <div className="rounded-md border-l-4 border-green-700 bg-green-50 p-3 text-green-900">
      <p className="font-semibold">
        <span aria-hidden="true">✓ </span>Het contact is vastgelegd.
      </p>
      {b?.volgende ? <p className="mt-1">Volgend contact gepland: {b.volgende.wanneer}.</p> : null}
      {b?.waarschuwing ? <p className="mt-1 font-medium text-amber-900">{b.waarschuwing}</p> : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {kanPlannen ? (
          <ButtonLink href={paden.afspraakPlannen(inburgeraarId, b?.volgende?.id)} variant="primair">
            Volgende afspraak plannen
          </ButtonLink>
        ) : null}
        <ButtonLink href={paden.dossierTab(inburgeraarId, "afspraken")} variant="secundair">
          Naar de afspraken
        </ButtonLink>
      </div>
    </div>
  );
}

function LogVelden({
  begin,
  standaarden,
  openPunten,
  doelen = [],
  toonEindgesprek,
  kanVerslagDelen,
  errors: e,
  opWijziging,
}: LogFormProps & { begin: Begin; errors: FieldErrors; opWijziging: () => void }) {
  const [status, setStatus] = useState<LogStatus>(begin.status);
  const [type, setType] = useState<AfspraakType>(begin.type);
  const [datum, setDatum] = useState(begin.datum);
  const [tijd, setTijd] = useState(begin.tijd);
  const [tijdAangepast, setTijdAangepast] = useState(begin.tijd !== standaarden.tijd || begin.datum !== standaarden.datum);
  const duur = useDuur(Number(begin.duurMinuten) || standaarden.duurMinuten);
  const [leefgebieden, setLeefgebieden] = useState<Leefgebied[]>(begin.leefgebieden);
  const [verslag, setVerslag] = useState(begin.verslag);
  const [items, setItems] = useState<string[]>(begin.checklistItemIds);
  // A restored draft keeps only doelen that are still open in the plan.
  const [doelIds, setDoelIds] = useState<string[]>(() => begin.doelIds.filter((id) => doelen.some((d) => d.id === id)));
  const [volgendContact, setVolgendContact] = useState(begin.volgendContact);
  const [volgendTijd, setVolgendTijd] = useState(begin.volgendContactTijd);
  const [metTolk, setMetTolk] = useState(begin.metTolk);
  const [tolkTaal, setTolkTaal] = useState(begin.tolkTaal);
  const [isEindgesprek, setIsEindgesprek] = useState(begin.isEindgesprek);
  const [deelMetMaatje, setDeelMetMaatje] = useState(begin.deelMetMaatje);
  const vondPlaats = status === "VOND_PLAATS";
  const basisVolgend = datum || standaarden.datum;

  // Every change is kept as a draft on the device.
  const eerste = useRef(true);
  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    opWijziging();
  }, [status, type, datum, tijd, duur.waarde, leefgebieden, verslag, items, doelIds, volgendContact, volgendTijd, metTolk, tolkTaal, isEindgesprek, deelMetMaatje, opWijziging]);

  const kiesType = (t: AfspraakType) => {
    setType(t);
    duur.volgType(t);
    // The start follows the type's usual length until someone sets the time: "just finished" = now minus that length.
    if (!tijdAangepast) {
      const b = beginVanZojuist(new Date(), STANDAARD_DUUR[t]);
      setDatum(b.datum);
      setTijd(b.tijd);
    }
  };

  return (
    <>
      <KeuzeChips legend="Soort contact" name="type" type="radio" rij opties={TYPE_OPTIES} gekozen={[type]} onChange={kiesType} error={e.type} />
      <div className="grid grid-cols-[1fr_7rem_6.25rem] gap-2 sm:grid-cols-[12rem_8rem_8rem] [&_input]:min-w-0 [&>*]:min-w-0">
        <Field name="datum" label="Datum" error={e.datum}>
          {(veld) => (
            <Input
              {...veld}
              type="date"
              value={datum}
              max={standaarden.datum}
              onChange={(ev) => {
                setDatum(ev.target.value);
                setTijdAangepast(true);
              }}
              required
            />
          )}
        </Field>
        <Field name="tijd" label="Begin" error={e.tijd}>
          {(veld) => (
            <Input
              {...veld}
              type="time"
              step={300}
              value={tijd}
              onChange={(ev) => {
                setTijd(ev.target.value);
                setTijdAangepast(true);
              }}
              required
            />
          )}
        </Field>
        {vondPlaats ? <DuurVeld duur={duur} min={1} error={e.duurMinuten} label="Duur (min.)" /> : <div />}
      </div>
      <div className="flex flex-wrap items-center gap-x-3">
        <Vinkje name="metTolk" label="Met tolk" checked={metTolk} onChange={setMetTolk} />
        {metTolk ? (
          <Field name="tolkTaal" label={<span className="sr-only">Taal van de tolk</span>} error={e.tolkTaal}>
            {(veld) => <Input {...veld} className="max-w-48" placeholder="Taal van de tolk" maxLength={200} value={tolkTaal} onChange={(ev) => setTolkTaal(ev.target.value)} />}
          </Field>
        ) : null}
      </div>
      {vondPlaats ? (
        <KeuzeChips
          legend="Besproken leefgebieden"
          name="leefgebieden"
          type="checkbox"
          rij
          opties={LEEFGEBIED_OPTIES}
          gekozen={leefgebieden}
          onChange={(l, aan) => setLeefgebieden((huidig) => (aan ? [...huidig, l] : huidig.filter((x) => x !== l)))}
          error={e.leefgebieden}
        />
      ) : null}
      {vondPlaats && openPunten.length > 0 ? (
        <KeuzeChips
          legend="Checklist: tijdens dit contact geregeld"
          name="checklistItemIds"
          type="checkbox"
          rij
          opties={openPunten.map((p) => ({ waarde: p.id, label: p.isTeLaat ? `${p.titel} (te laat)` : p.titel }))}
          gekozen={items}
          onChange={(id, aan) => setItems((huidig) => (aan ? [...huidig, id] : huidig.filter((x) => x !== id)))}
          error={e.checklistItemIds}
        />
      ) : null}
      <Field name="verslag" label="Kort verslag" error={e.verslag} hint={verslag.length > MAX_VERSLAG - 200 ? `Nog ${MAX_VERSLAG - verslag.length} tekens over.` : undefined}>
        {(veld) => <Textarea {...veld} rows={3} maxLength={MAX_VERSLAG} value={verslag} onChange={(ev) => setVerslag(ev.target.value)} />}
      </Field>
      {vondPlaats ? (
        <DoelKeuze
          doelen={doelen}
          gekozen={doelIds}
          onChange={(id, aan) => setDoelIds((huidig) => (aan ? [...huidig, id] : huidig.filter((x) => x !== id)))}
          error={e.doelIds}
        />
      ) : null}
      {kanVerslagDelen ? (
        <Vinkje name="deelMetMaatje" label="Het maatje mag dit verslag lezen" checked={deelMetMaatje} onChange={setDeelMetMaatje} error={e.deelMetMaatje} />
      ) : null}
      <KeuzeChips legend="Hoe ging het?" name="status" type="radio" rij opties={STATUS_OPTIES} gekozen={[status]} onChange={(s) => setStatus(s)} error={e.status} />
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium text-slate-900">Volgend contact</legend>
        <p className="text-sm text-slate-600">Wordt een geplande afspraak in je agenda. Mag leeg blijven.</p>
        <div className="flex flex-wrap gap-2" role="group" aria-label="Snel kiezen: volgend contact">
          {[
            [7, "Over 1 week"],
            [14, "Over 2 weken"],
            [28, "Over 4 weken"],
          ].map(([dagen, label]) => {
            const dag = plusDagen(basisVolgend, Number(dagen));
            return (
              <Button
                key={label}
                type="button"
                variant={volgendContact === dag ? "primair" : "secundair"}
                aria-pressed={volgendContact === dag}
                onClick={() => setVolgendContact(volgendContact === dag ? "" : dag)}
              >
                {label}
              </Button>
            );
          })}
        </div>
        <div className="grid grid-cols-[1fr_6.5rem] gap-2 sm:grid-cols-[12rem_8rem] [&_input]:min-w-0 [&>*]:min-w-0">
          <Field name="volgendContact" label="Datum" error={e.volgendContact}>
            {(veld) => <Input {...veld} type="date" min={standaarden.datum} value={volgendContact} onChange={(ev) => setVolgendContact(ev.target.value)} />}
          </Field>
          <Field name="volgendContactTijd" label="Tijd" error={e.volgendContactTijd}>
            {(veld) => (
              <Input
                {...veld}
                type="time"
                step={300}
                value={volgendTijd || (volgendContact ? standaardVolgendTijd(tijd) : "")}
                disabled={!volgendContact}
                onChange={(ev) => setVolgendTijd(ev.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>
      {toonEindgesprek ? (
        <Vinkje name="isEindgesprek" label="Dit was het eindgesprek" checked={isEindgesprek} onChange={setIsEindgesprek} error={e.isEindgesprek} />
      ) : null}
      <p className="text-sm text-slate-600">
        <Link href={paden.groepscontact()} className="text-merk-700 underline">
          Spreekuur of groepsbijeenkomst met meer mensen?
        </Link>
      </p>
    </>
  );
}
