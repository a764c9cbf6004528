import { getAboutContent } from "@/lib/content";
import { renderOgImage } from "@/lib/og-image";
import { getSite } from "@/lib/site";

export { ogImageSize as size } from "@/lib/og-image";
export const contentType = "image/png";
export const alt = "About the consultant: AI Operations";

export default function Image() {
  const site = getSite();
  return renderOgImage({ mark: site.mark, label: `About · ${site.role}`, title: getAboutContent().background.paragraphs[0]!, footer: site.siteName });
}
