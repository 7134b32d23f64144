"use client";

/** When even the root layout fails: a bare Dutch page with the code the logs know. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "36rem", margin: "0 auto", padding: "2.5rem 1rem" }}>
        <h1>Er ging iets mis</h1>
        <p>Dit lag niet aan jou. Probeer het nog een keer. Lukt het weer niet, geef dan deze foutcode door aan je beheerder.</p>
        {error.digest ? (
          <p>
            Foutcode: <strong>{error.digest}</strong>
          </p>
        ) : null}
        <button type="button" onClick={reset} style={{ minHeight: "44px", padding: "0 1rem" }}>
          Opnieuw proberen
        </button>
      </body>
    </html>
  );
}
