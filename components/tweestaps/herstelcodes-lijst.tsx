/** Recovery codes, shown once: to print or copy, each usable one time. */
export function HerstelcodesLijst({ codes }: { codes: string[] }) {
  return (
    <section aria-labelledby="herstelcodes-titel" className="rounded-lg border border-amber-300 bg-amber-50 p-4">
      <h2 id="herstelcodes-titel" className="text-lg font-semibold">
        Je herstelcodes
      </h2>
      <p className="mt-1 text-slate-800">
        Heb je je telefoon niet bij je? Dan kun je één keer inloggen met zo&apos;n code. Elke code werkt maar één keer. Bewaar ze op een veilige plek,
        bijvoorbeeld geprint. Je ziet ze nu voor het laatst.
      </p>
      <ul className="mt-3 grid grid-cols-2 gap-2 font-mono text-lg" aria-label="Herstelcodes">
        {codes.map((c) => (
          <li key={c} className="rounded bg-white px-2 py-1">
            {c}
          </li>
        ))}
      </ul>
    </section>
  );
}
