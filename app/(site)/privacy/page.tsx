import { PageIntro } from "@/components/page-intro";
import { getPrivacyContent } from "@/lib/content";
import { pageMetadata } from "@/lib/page-metadata";

export function generateMetadata() {
  return pageMetadata({ title: "Privacy", description: getPrivacyContent().intro, path: "/privacy", image: "/opengraph-image" });
}

/** What the site keeps about founders and subscribers, and why: content/privacy.yaml. */
export default function PrivacyPage() {
  const { intro, sections } = getPrivacyContent();
  return (
    <div className="mx-auto max-w-3xl px-5 py-14 sm:px-8 sm:py-20">
      <PageIntro eyebrow="Privacy" title="What this site keeps" intro={intro} />
      {sections.map((section) => (
        <section key={section.heading} className="mt-12">
          <h2 className="text-2xl font-semibold tracking-tight">{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph} className="mt-4 text-lg leading-relaxed">
              {paragraph}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
