import { NotFoundMessage } from "@/components/not-found-message";

export const metadata = { title: "Page not found", robots: { index: false } };

// A page of the site that called notFound() (a note that does not exist): the (site) layout already draws the frame.
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
