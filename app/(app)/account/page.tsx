import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { BeeindigSessieKnop, OveralUitloggenKnop } from "@/components/account/sessie-knoppen";
import { NieuweHerstelcodesKnop, TweestapsUitKnop } from "@/components/account/tweestaps-knoppen";
import { Card, PageHeader } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { magTweestapsUitzetten, tweestapsVerplicht } from "@/lib/authz";
import { paden } from "@/lib/routes";
import { apparaatNaam } from "@/lib/sessie/apparaat";
import { mijnSessies, mijnTweestaps } from "@/lib/sessie/queries";
import { formatDatum, formatDatumTijd } from "@/lib/tijd";

export const metadata: Metadata = { title: "Mijn account" };

/** Everyone's own account: two-factor sign-in, password, and the browsers signed in as you. */
export default async function AccountPage() {
  const user = await requireUser();
  const [sessies, tweestaps] = await Promise.all([mijnSessies(user), mijnTweestaps(user)]);
  return (
    <>
      <PageHeader title="Mijn account" description={`${user.naam} · ${user.email}`} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-xl font-semibold">Inloggen in twee stappen</h2>
          {tweestaps.sinds ? (
            <div className="flex flex-col gap-3">
              <p>
                Aan sinds {formatDatum(tweestaps.sinds)}. Je hebt nog {tweestaps.herstelcodesOver} herstelcode{tweestaps.herstelcodesOver === 1 ? "" : "s"}.
              </p>
              <NieuweHerstelcodesKnop />
              <Link href={paden.tweestapsInstellen()} className="text-merk-700 underline">
                Andere telefoon of app koppelen
              </Link>
              {magTweestapsUitzetten(user) ? <TweestapsUitKnop /> : null}
            </div>
          ) : (
            <div className="flex flex-col gap-3">
              <p>
                {tweestapsVerplicht(user)
                  ? "Je logt in via je eigen organisatie, die al om een tweede stap vraagt."
                  : "Uit. Met een code uit een app op je telefoon is je account beter beveiligd."}
              </p>
              <Link href={paden.tweestapsInstellen()} className="text-merk-700 underline">
                Inloggen in twee stappen instellen
              </Link>
            </div>
          )}
          <p className="mt-4">
            <Link href={paden.wachtwoord()} className="text-merk-700 underline">
              Wachtwoord wijzigen
            </Link>
          </p>
        </Card>
        <Card>
          <h2 className="mb-2 text-xl font-semibold">Waar je bent ingelogd</h2>
          <ul className="flex flex-col gap-3" aria-label="Actieve sessies">
            {sessies.map((s) => {
              const apparaat = apparaatNaam(s.userAgent);
              return (
                <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 p-3">
                  <div>
                    <p className="font-medium">
                      {apparaat}
                      {s.isHuidig ? " (dit apparaat)" : ""}
                    </p>
                    <p className="text-sm text-slate-700">
                      IP-adres {s.ip ?? "onbekend"} · laatst actief {formatDatumTijd(s.laatsteActiviteit)} · ingelogd {formatDatumTijd(s.aangemaaktOp)}
                    </p>
                  </div>
                  {s.isHuidig ? null : <BeeindigSessieKnop sessieId={s.id} apparaat={apparaat} />}
                </li>
              );
            })}
          </ul>
          <div className="mt-4">
            <OveralUitloggenKnop />
          </div>
        </Card>
      </div>
    </>
  );
}
