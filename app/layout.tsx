import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Wegwijs", template: "%s · Wegwijs" },
  description: "Casemanagement voor maatschappelijke begeleiding van statushouders",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#0a5866",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so Next puts that request's CSP nonce (proxy.ts) on its scripts;
  // a page prerendered at build time would have none and be blocked by the CSP.
  await headers();
  return (
    <html lang="nl">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
