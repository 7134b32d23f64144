import { ButtonLink } from "@/components/ui/button";
import { Badge } from "@/components/ui/card";
import { AFSPRAAK_STATUS_LABELS, AFSPRAAK_TYPE_LABELS } from "@/lib/afspraak/labels";
import type { AfspraakRij } from "@/lib/afspraak/queries";
import type { AfspraakStatus } from "@/lib/db/generated/enums";
import { LEEFGEBIED_LABELS } from "@/lib/inburgeraar/labels";
import { formatDatumTijd, formatKalenderdatum } from "@/lib/tijd";

const STATUS_TONES: Record<AfspraakStatus, "info" | "goed" | "let_op" | "neutraal"> = {
  GEPLAND: "info",
  VOND_PLAATS: "goed",
  NIET_VERSCHENEN: "let_op",
  GEANNULEERD: "neutraal",
};

const uittreksel = (tekst: string, max = 160) => (tekst.length > max ? `${tekst.slice(0, max).trimEnd()}…` : tekst);

export function AfspraakLijst({
  afspraken,
  loggenHref,
  wijzigHref,
}: {
  afspraken: readonly AfspraakRij[];
  loggenHref?: (id: string) => string;
  /** For my own planned afspraken still ahead: move or change them. */
  wijzigHref?: (id: string) => string;
}) {
  return (
    <ul className="flex flex-col divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {afspraken.map((a) => (
        <li key={a.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
          <div className="flex min-w-0 flex-col gap-1">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-semibold">{AFSPRAAK_TYPE_LABELS[a.type]}</span>
              <Badge tone={a.moetGelogd ? "let_op" : STATUS_TONES[a.status]}>{a.moetGelogd ? "Nog vastleggen" : AFSPRAAK_STATUS_LABELS[a.status]}</Badge>
              {a.isEindgesprek ? <Badge tone="info">Eindgesprek</Badge> : null}
              {a.metTolk ? <Badge>Met tolk{a.tolkTaal ? ` (${a.tolkTaal})` : ""}</Badge> : null}
            </p>
            <p className="text-slate-700">
              <time dateTime={a.start.toISOString()}>{formatDatumTijd(a.start)}</time>
              {a.duurMinuten && a.status !== "GEPLAND" ? ` · ${a.duurMinuten} minuten` : ""}
              {a.locatie ? ` · ${a.locatie}` : ""}
            </p>
            <p className="text-sm text-slate-600">
              {a.medewerker}
              {a.gelogdDoor && a.gelogdDoor !== a.medewerker ? ` · gelogd door ${a.gelogdDoor}` : ""}
            </p>
            {a.onderwerp ? <p>{a.onderwerp}</p> : null}
            {a.verslag ? <p className="break-words text-slate-800">{uittreksel(a.verslag)}</p> : null}
            {a.verslag && a.deelMetMaatje ? <p className="text-sm text-slate-700">Het maatje kan dit verslag lezen.</p> : null}
            {a.leefgebieden.length > 0 ? (
              <p className="text-sm text-slate-700">Besproken: {a.leefgebieden.map((l) => LEEFGEBIED_LABELS[l]).join(", ")}</p>
            ) : null}
            {a.volgendContact ? <p className="text-sm text-slate-700">Volgend contact: {formatKalenderdatum(a.volgendContact)}</p> : null}
          </div>
          {a.status === "GEPLAND" && (loggenHref || (wijzigHref && a.isEigen && !a.moetGelogd)) ? (
            <div className="flex shrink-0 flex-wrap gap-2">
              {wijzigHref && a.isEigen && !a.moetGelogd ? (
                <ButtonLink href={wijzigHref(a.id)} variant="secundair">
                  Wijzigen<span className="sr-only">: {AFSPRAAK_TYPE_LABELS[a.type]} {formatDatumTijd(a.start)}</span>
                </ButtonLink>
              ) : null}
              {loggenHref ? (
                <ButtonLink href={loggenHref(a.id)} variant={a.moetGelogd ? "primair" : "secundair"}>
                  Vastleggen<span className="sr-only">: {AFSPRAAK_TYPE_LABELS[a.type]} {formatDatumTijd(a.start)}</span>
                </ButtonLink>
              ) : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
