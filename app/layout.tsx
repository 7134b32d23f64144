import type { Metadata, Viewport } from "next";
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

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
