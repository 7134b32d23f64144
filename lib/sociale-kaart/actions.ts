"use server";

import { defineAction } from "@/lib/actions/kit";
import { formDataToObject } from "@/lib/actions/form-data";
import type { ActionState } from "@/lib/actions/state";
import { paden } from "@/lib/routes";
import type { RijFout } from "./rules";
import { ImportAfgekeurd, importeerSocialeKaart, maakKaartOrganisatie, wijzigKaartOrganisatie, type ImportUitkomst } from "./mutations";

export const maakKaartOrganisatieAction = defineAction({
  arrays: ["leefgebieden"],
  run: maakKaartOrganisatie,
  success: "De organisatie staat op de sociale kaart.",
  revalidate: () => [{ path: paden.socialeKaart() }],
  redirect: () => paden.socialeKaart(),
});

export const wijzigKaartOrganisatieAction = defineAction({
  arrays: ["leefgebieden"],
  run: wijzigKaartOrganisatie,
  success: "De wijzigingen zijn opgeslagen.",
  revalidate: (r) => [{ path: paden.socialeKaart() }, { path: paden.socialeKaartOrganisatie(r.id) }],
});

type ImportState = { uitkomst: ImportUitkomst; rapport: RijFout[] };

export const importeerSocialeKaartAction = defineAction<ImportUitkomst, ImportState>({
  // The file travels as a File next to the text fields.
  read: (formData) => ({ ...formDataToObject(formData), bestand: formData.get("bestand") }),
  run: importeerSocialeKaart,
  success: (u) => ({
    message:
      u.stap === "controleren"
        ? `Het bestand klopt. Er ${u.nieuw === 1 ? "komt 1 organisatie" : `komen ${u.nieuw} organisaties`} bij en ${u.bijgewerkt} ${u.bijgewerkt === 1 ? "wordt" : "worden"} bijgewerkt. Kijk de lijst na en kies Importeren.`
        : `Klaar: ${u.nieuw} nieuw en ${u.bijgewerkt} bijgewerkt op de sociale kaart van ${u.gemeente}.`,
    uitkomst: u,
  }),
  revalidate: (u) => (u.stap === "importeren" ? [{ path: paden.socialeKaart() }] : []),
  onError: (error) => (error instanceof ImportAfgekeurd ? ({ ok: false, message: error.message, rapport: error.rapport } satisfies ActionState<ImportState>) : undefined),
});
