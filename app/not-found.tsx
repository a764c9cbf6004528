import { NotFoundMessage } from "@/components/not-found-message";
import { notFoundMetadata } from "@/lib/page-metadata";

export const metadata = notFoundMetadata;

// The last resort, for a notFound() outside the public pages and the admin's console, each of which has its own:
// every other address is answered by app/(site)/[...path], inside the site's frame. Every page carries this fallback
// in its React data, so it keeps to the message.
export default function NotFound() {
  return (
    <main id="main" tabIndex={-1} className="focus:outline-none">
      <NotFoundMessage />
    </main>
  );
}
