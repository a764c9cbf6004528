import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { getSite } from "@/lib/site";
import "./globals.css";
import "../assets/fonts/serif-rest.css";

// Cut to the characters and the weights 400 to 700 the site sets, by scripts/subset-font.ts: the core cut, preloaded,
// and the rest (assets/fonts/serif-rest.css), which a browser fetches only for a page that shows one of its characters.
// next/font names each family after its variable here (sourceSerif, sourceSerifItalic), and the rest cuts join the
// families by those names. The core's range is written here as a literal, which the script checks. Until the font
// arrives, text is drawn at once in a local serif sized to the same metrics (adjustFontFallback), so the swap does not
// move the page.
const sourceSerif = localFont({
  src: "../assets/fonts/source-serif-4-site-wght-normal.woff2",
  weight: "400 700",
  variable: "--font-source-serif",
  display: "swap",
  adjustFontFallback: "Times New Roman",
  declarations: [
    { prop: "unicode-range", value: "U+20-7E, U+A0, U+B7, U+D7, U+2010-2011, U+2013-2014, U+2018-2019, U+201C-201D, U+2022, U+2026, U+2192" },
  ],
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
  declarations: [
    { prop: "unicode-range", value: "U+20-7E, U+A0, U+B7, U+D7, U+2010-2011, U+2013-2014, U+2018-2019, U+201C-201D, U+2022, U+2026, U+2192" },
  ],
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
