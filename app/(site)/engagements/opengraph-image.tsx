import { getOffers } from "@/lib/content";
import { renderOgImage } from "@/lib/og-image";
import { getSite } from "@/lib/site";

export { ogImageSize as size } from "@/lib/og-image";
export const contentType = "image/png";
export const alt = "The three engagements and their published investment ranges";

export default function Image() {
  const site = getSite();
  const offers = getOffers();
  return renderOgImage({
    mark: site.mark,
    label: "Engagements",
    title: offers.map((offer) => offer.name).join(" · "),
    footer: site.siteName,
  });
}
