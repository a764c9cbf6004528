import { getSite } from "@/lib/site";
import { SubscribeFields } from "./subscribe-fields";
import { SubscribePanel } from "./subscribe-panel";

/**
 * "Get new field notes by email" on a note's page: a server-rendered form (no JavaScript of the site's own), answered
 * on the subscribe page.
 */
export function SubscribeForm({ action, id = "subscribe" }: { action: (formData: FormData) => Promise<void>; id?: string }) {
  const words = getSite().newsletter;
  return (
    <SubscribePanel id={id} words={words}>
      <form action={action} className="relative mt-4">
        <SubscribeFields id={id} words={words} />
      </form>
    </SubscribePanel>
  );
}
