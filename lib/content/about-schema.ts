import { z } from "zod";
import { requiredText, textList, callToAction } from "./fields";

/** content/about.yaml: the consultant's background and how an engagement runs. */
export const aboutContentSchema = z.strictObject(
  {
    intro: requiredText(400),
    background: z.strictObject({ heading: requiredText(80), paragraphs: textList(900) }),
    process: z.strictObject({
      heading: requiredText(80),
      intro: requiredText(400),
      steps: z
        .array(z.strictObject({ title: requiredText(80), body: requiredText(600) }, { error: "must have a title and a body" }), {
          error: "must be a list of steps, each with a title and a body",
        })
        .min(1, "must list at least one step"),
    }),
    callToAction: callToAction,
  },
  { error: "must be a list of fields, one `name: value` a line" },
);

export type AboutContent = z.infer<typeof aboutContentSchema>;
