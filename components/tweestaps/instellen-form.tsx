"use client";

import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { FormMelding } from "@/components/ui/form-melding";
import { useFormAction } from "@/components/ui/use-form-action";
import { stelTweestapsInAction } from "@/lib/tweestaps/actions";
import { HerstelcodesLijst } from "./herstelcodes-lijst";

/**
 * Setting up the authenticator app: scan the QR code (or type the key), then
 * prove it with the app's code. Afterwards the recovery codes, shown once.
 */
export function InstellenForm({ sleutel, geheim, uri, qrSvg }: { sleutel: string; geheim: string; uri: string; qrSvg: string }) {
  const form = useFormAction(stelTweestapsInAction);
  if (form.state.ok && form.state.herstelcodes) {
    return (
      <div className="flex flex-col gap-4">
        <FormMelding {...form.melding} />
        <HerstelcodesLijst codes={form.state.herstelcodes} />
        <ButtonLink href="/">Ik heb ze bewaard: verder naar Wegwijs</ButtonLink>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <ol className="flex list-decimal flex-col gap-4 pl-5 text-slate-800">
        <li>
          Open een app voor inlogcodes op je telefoon, bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP.
        </li>
        <li>
          Scan deze QR-code met de app.
          {/* eslint-disable-next-line @next/next/no-img-element -- a generated SVG as data URI; no image optimisation needed */}
          <img
            src={`data:image/svg+xml;utf8,${encodeURIComponent(qrSvg)}`}
            alt="QR-code om Wegwijs aan je app toe te voegen"
            width={200}
            height={200}
            className="mt-2 rounded border border-slate-200 bg-white"
          />
          <details className="mt-2">
            <summary className="cursor-pointer text-merk-700 underline">Lukt scannen niet? Typ dan deze sleutel over</summary>
            <p className="mt-2">
              Sleutel: <strong className="font-mono" data-testid="tweestaps-sleutel">{geheim}</strong>
            </p>
            <p className="mt-1 break-all text-sm text-slate-600">{uri}</p>
          </details>
        </li>
        <li>Vul de code van 6 cijfers in die de app nu laat zien.</li>
      </ol>
      <form {...form.props} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <FormMelding {...form.melding} />
        <input type="hidden" name="sleutel" value={sleutel} />
        <Field name="code" label="Code uit je app" error={form.errors.code}>
          {(veld) => <Input {...veld} autoComplete="one-time-code" inputMode="numeric" maxLength={7} required />}
        </Field>
        <Button type="submit" disabled={form.isPending}>
          {form.isPending ? "Bezig…" : "App koppelen"}
        </Button>
      </form>
    </div>
  );
}
