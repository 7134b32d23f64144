import Link from "@/components/ui/link";

/** The Dutch not-found page: a record out of reach and a page outside the role look the same as a wrong address. */
export function NietGevonden() {
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-2xl font-semibold">Niet gevonden</h1>
      <p className="mt-2 text-slate-700">Deze pagina bestaat niet, of je hebt er geen toegang toe.</p>
      <Link href="/" className="mt-4 inline-block font-medium text-merk-700 underline">
        Terug naar de start
      </Link>
    </div>
  );
}
