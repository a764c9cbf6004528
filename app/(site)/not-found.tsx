import { NotFoundMessage } from "@/components/not-found-message";
import { notFoundMetadata } from "@/lib/page-metadata";

export const metadata = notFoundMetadata;

// A page of the site that called notFound() (a note that does not exist): the (site) layout already draws the frame.
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
