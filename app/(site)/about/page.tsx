import { CallToActionPanel } from "@/components/call-to-action-panel";
import { JsonLd } from "@/components/json-ld";
import { PageIntro } from "@/components/page-intro";
import { PageSection } from "@/components/page-section";
import { getAboutContent } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";
import { absoluteUrl, getSite } from "@/lib/site";

export function generateMetadata() {
  const site = getSite();
  return pageMetadata({ title: `About ${site.name}`, description: getAboutContent().intro, path: "/about" });
}

export default function AboutPage() {
  const site = getSite();
  const about = getAboutContent();
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "ProfilePage",
          url: absoluteUrl(site, "/about"),
          mainEntity: { "@type": "Person", name: site.name, jobTitle: site.role, url: site.url, sameAs: site.social.map((link) => link.url) },
        }}
      />
      <PageIntro eyebrow={site.role} title={site.name} intro={about.intro} />

      <PageSection id="background" heading={about.background.heading}>
        <div className="max-w-prose space-y-5 text-xl leading-relaxed">
          {about.background.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      </PageSection>

      <PageSection id="process" heading={about.process.heading} intro={about.process.intro} className="mt-20">
        <ol className="space-y-8">
          {about.process.steps.map((step, index) => (
            <li key={step.title} className="grid grid-cols-[2.5rem_1fr] gap-x-4">
              <span aria-hidden="true" className="font-sans text-lg font-semibold tabular-nums text-accent">
                {String(index + 1).padStart(2, "0")}
              </span>
              <div>
                <h3 className="text-xl font-semibold leading-snug tracking-tight">{step.title}</h3>
                <p className="mt-1.5 text-lg leading-relaxed">{step.body}</p>
              </div>
            </li>
          ))}
        </ol>
      </PageSection>

      <CallToActionPanel id="about-cta" {...about.callToAction} />
    </div>
  );
}
