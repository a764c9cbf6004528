import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { getSite } from "@/lib/site";
import "./globals.css";

// Cut to the site's characters and its weights 400 to 700 by scripts/subset-font.ts. Until it arrives, text is drawn
// at once in a local serif sized to the same metrics (adjustFontFallback), so the swap does not move the page.
const sourceSerif = localFont({
  src: "../assets/fonts/source-serif-4-site-wght-normal.woff2",
  weight: "400 700",
  variable: "--font-source-serif",
  display: "swap",
  adjustFontFallback: "Times New Roman",
});

// Italics are rarer: fetched when a page uses them, not preloaded on every page.
const sourceSerifItalic = localFont({
  src: "../assets/fonts/source-serif-4-site-wght-italic.woff2",
  weight: "400 700",
  style: "italic",
  variable: "--font-source-serif-italic",
  display: "swap",
  preload: false,
  adjustFontFallback: "Times New Roman",
});

export function generateMetadata(): Metadata {
  const site = getSite();
  return {
    metadataBase: new URL(site.url),
    title: { default: site.siteName, template: `%s · ${site.siteName}` },
    description: site.description,
    applicationName: site.siteName,
    authors: [{ name: site.name }],
    alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: "Field notes" }] } },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#151412" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en" className={`${sourceSerif.variable} ${sourceSerifItalic.variable}`}>
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
