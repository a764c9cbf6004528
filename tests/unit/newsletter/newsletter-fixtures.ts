import { parseNote, type Note } from "@/lib/content/notes";
import type { NewsletterSettings } from "@/lib/newsletter/settings";

export const settings: NewsletterSettings = {
  site: { name: "Kofi Osei", url: "https://ko.example" },
  seriesName: "Field notes",
  consultantAddress: "kofi@ko.example",
  noteData: {
    ranges: { scoping: "USD 6,000–9,000" },
    readiness: { legend: "Which of these are true?", signals: ["A process runs every week", "Someone owns it"] },
  },
};

/** "Now" in these stories: after the first note's date, before the scheduled one's. */
export const NOW = new Date("2026-05-04T09:00:00Z");
export const at = (minutesLater: number) => new Date(NOW.getTime() + minutesLater * 60_000);

const BODY = `Opening words, with a [link to the first note](/notes/first-note) and **bold** text.

## What it is

The first section's text.

\`\`\`ts
const answer = 42;
\`\`\`

![A diagram](/images/notes/diagram.png)

## What comes next

The second section, which the email leaves for the page.
`;

/** A note as the content folder would give it, parsed from its file. */
export function note(slug: string, frontmatter: { number: number; date: string; title?: string; draft?: boolean }, body = BODY): Note {
  const source = `---
title: ${JSON.stringify(frontmatter.title ?? `Note ${frontmatter.number}`)}
number: ${frontmatter.number}
date: ${frontmatter.date}
summary: "What note ${frontmatter.number} is about."
draft: ${frontmatter.draft ?? false}
---
${body}`;
  const parsed = parseNote(`content/notes/${String(frontmatter.number).padStart(3, "0")}-${slug}.mdx`, source);
  if (!parsed.note) throw new Error(JSON.stringify(parsed.problems));
  return parsed.note;
}

export const firstNote = note("first-note", { number: 1, date: "2026-04-09", title: "What AI operations actually means" });
/** Scheduled: it goes live on May 11, a week after NOW. */
export const scheduledNote = note("second-note", { number: 2, date: "2026-05-11", title: "The “second” note & its code" });
export const WHEN_SCHEDULED_IS_LIVE = new Date("2026-05-11T00:01:00Z");
