import { SubscribeBox } from "@/components/newsletter/subscribe-box";
import { PageIntro } from "@/components/page-intro";
import { subscribePageState } from "@/lib/newsletter/web/subscribe-page";
import { pageMetadata } from "@/lib/page-metadata";
import { getSite } from "@/lib/site";
import { subscribeInPlace } from "@/app/(site)/subscribe/actions";

export function generateMetadata() {
  const { newsletter } = getSite();
  return pageMetadata({ title: newsletter.heading, description: newsletter.body, path: "/subscribe", image: "/opengraph-image" });
}

/** The subscribe form on a page of its own, and the answer to the form on a note's page. */
export default async function SubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const initial = subscribePageState(await searchParams);
  const { newsletter } = getSite();
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <PageIntro eyebrow={newsletter.name} title={initial.status === "sent" ? "Check your inbox" : newsletter.heading} intro={initial.status === "sent" ? undefined : newsletter.body} />
      <SubscribeBox action={subscribeInPlace} initial={initial} bare />
    </div>
  );
}
