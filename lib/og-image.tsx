import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";

export const ogImageSize = { width: 1200, height: 630 };

const fontData = readFile(path.join(process.cwd(), "assets/fonts/source-serif-4-latin-600-normal.woff"));

/** A 1200×630 card: the site's mark, a small label, and a title set large. Drawn at build time, fonts from disk. */
export async function renderOgImage({ mark, label, title, footer }: { mark: string; label: string; title: string; footer: string }) {
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "72px 80px",
          background: "#fbfaf7",
          color: "#1d1b18",
          fontFamily: "Source Serif",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", fontSize: 30, color: "#5d584f" }}>
          <span style={{ fontSize: 52, color: "#1d1b18" }}>{mark}</span>
          <span>{label}</span>
        </div>
        <div style={{ display: "flex", fontSize: title.length > 60 ? 64 : 76, lineHeight: 1.1, letterSpacing: "-0.01em" }}>
          {title}
        </div>
        <div style={{ display: "flex", fontSize: 28, color: "#1e5c47", borderTop: "3px solid #1e5c47", paddingTop: 24 }}>
          {footer}
        </div>
      </div>
    ),
    { ...ogImageSize, fonts: [{ name: "Source Serif", data: await fontData, weight: 600, style: "normal" }] },
  );
}
