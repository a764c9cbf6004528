import { renderOgImage } from "@/lib/og-image";
import { getSite } from "@/lib/site";

export { ogImageSize as size } from "@/lib/og-image";
export const contentType = "image/png";
export const alt = "AI Operations: field notes and engagements";

export default function Image() {
  const site = getSite();
  return renderOgImage({ mark: site.mark, label: site.role, title: site.tagline, footer: site.siteName });
}
