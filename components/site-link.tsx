import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * A link between the site's public pages: followed in place (no reload), but fetched only when followed. Next's own
 * default fetches every linked page as its link scrolls into view: the header alone would cost a phone six pages'
 * data (about 70 KiB) on every visit, for pages most readers never open. A page here is prerendered, so the click's
 * one request is answered from memory. The booking page relies on it too: the visit itself, not a prefetch, tells it
 * where its visitor came from.
 */
export function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
