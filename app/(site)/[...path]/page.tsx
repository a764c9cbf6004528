import { notFound } from "next/navigation";
import { notFoundMetadata } from "@/lib/page-metadata";

// Any address no other page answers: the (site) layout's not-found page, inside the site's own frame. Drawn per
// request, so an address nobody should ask for is never stored as a page of its own.
export const dynamic = "force-dynamic";

export const metadata = notFoundMetadata;

export default function UnknownAddress(): never {
  notFound();
}
