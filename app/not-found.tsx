import Link from "next/link";

/** Outside the signed-in shell (and for unknown addresses): the same Dutch not-found page. */
export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-2xl font-semibold">Niet gevonden</h1>
      <p className="mt-2 text-slate-700">Deze pagina bestaat niet, of je hebt er geen toegang toe.</p>
      <Link href="/" className="mt-4 inline-block font-medium text-merk-700 underline">
        Terug naar de start
      </Link>
    </main>
  );
}
