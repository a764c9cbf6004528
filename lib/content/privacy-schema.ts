import { z } from "zod";
import { requiredText, textList } from "./fields";

/** content/privacy.yaml: what the site keeps about founders and subscribers, and why. */
export const privacyContentSchema = z.strictObject(
  {
    intro: requiredText(400),
    sections: z
      .array(z.strictObject({ heading: requiredText(80), paragraphs: textList(900) }, { error: "must have a heading and paragraphs" }), {
        error: "must be a list of sections, each with a heading and paragraphs",
      })
      .min(1, "must list at least one section"),
  },
  { error: "must be a list of fields, one `name: value` a line" },
);

export type PrivacyContent = z.infer<typeof privacyContentSchema>;
