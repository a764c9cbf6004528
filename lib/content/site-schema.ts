import { z } from "zod";
import { locale, requiredText, webAddress, callToAction } from "./fields";

/** content/site.yaml: who the site is for and how it introduces them. */
export const siteSettingsSchema = z.strictObject(
  {
  name: requiredText(80),
  mark: requiredText(4),
  role: requiredText(80),
  siteName: requiredText(80),
  description: requiredText(300),
  tagline: requiredText(200),
  notesIntro: requiredText(400),
  noteCallToAction: callToAction,
  // Optional, so a content folder written before they existed still reads; the pages leave the block out without them.
  notesSeries: z
    .strictObject({ about: requiredText(300), follow: requiredText(80) }, { error: "must be a group of fields: about, follow" })
    .optional(),
  noteAuthor: z
    .strictObject({ line: requiredText(200), link: requiredText(60) }, { error: "must be a group of fields: line, link" })
    .optional(),
  // The "new notes by email" form, and what the newsletter's emails call the series. Defaults, so an older content
  // folder still reads.
  newsletter: z
    .strictObject(
      {
        name: requiredText(60),
        heading: requiredText(80),
        body: requiredText(300),
        button: requiredText(30),
        sent: requiredText(300),
      },
      { error: "must be a group of fields: name, heading, body, button, sent" },
    )
    .default({
      name: "Field notes",
      heading: "Get new field notes by email",
      body: "One email when a note is published, nothing else. Unsubscribe with one click.",
      button: "Subscribe",
      sent: "Check your inbox: an email with a link to confirm is on its way. Nothing is sent until you click it.",
    }),
  url: webAddress.optional(),
  email: z.email({ error: "must be an email address" }).optional(),
  locale: locale.default("en-US"),
  social: z
    .array(z.strictObject({ label: requiredText(40), url: webAddress }), { error: "must be a list of links, each with a label and a url" })
    .default([]),
  },
  { error: "must be a list of fields, one `name: value` a line" },
);

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
