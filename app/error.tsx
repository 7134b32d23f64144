"use client";

import { useEffect, useRef } from "react";

/**
 * Unexpected errors: a Dutch page with a code. The server logs the same code
 * (the digest) together with the request id (instrumentation.ts onRequestError),
 * so a beheerder can find what happened; no internal error text is shown.
 * "Naar de start" is a plain link on purpose: a full page load is the surest
 * way out of an error, and next/link would put a second copy of the router's
 * link code (~3 kB gzip) in this boundary's chunk, which every page loads
 * (issue 13, budget "client").
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const kop = useRef<HTMLHeadingElement>(null);
  useEffect(() => kop.current?.focus(), []);
  return (
    <div className="mx-auto max-w-xl px-4 py-10">
      <h1 ref={kop} tabIndex={-1} className="text-2xl font-semibold outline-none">
        Er ging iets mis
      </h1>
      <p className="mt-2 text-slate-700">Dit lag niet aan jou. Probeer het nog een keer. Lukt het weer niet, geef dan deze foutcode door aan je beheerder.</p>
      {error.digest ? (
        <p className="mt-3">
          Foutcode: <span className="font-mono font-semibold">{error.digest}</span>
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded-md bg-merk-700 px-4 font-medium text-white">
          Opnieuw proberen
        </button>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load on purpose, see above */}
        <a href="/" className="inline-flex min-h-11 items-center font-medium text-merk-700 underline">
          Naar de start
        </a>
      </div>
    </div>
  );
}
