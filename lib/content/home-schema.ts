import { z } from "zod";
import { kebabCase, requiredText, callToAction } from "./fields";

const titledText = z.strictObject({ title: requiredText(120), body: requiredText(600) }, { error: "must have a title and a body" });
const titledList = (what: string) =>
  z.array(titledText, { error: `must be a list of ${what}, each with a title and a body` }).min(1, `must list at least one of the ${what}`);

const signalSchema = z.strictObject(
  {
    id: z.string({ error: "is required" }).regex(kebabCase, "must be lowercase words joined by hyphens, like shelved-tools"),
    label: requiredText(200),
  },
  { error: "must have an id and a label" },
);

/** content/home.yaml: the home page's sections, including the readiness self-check. */
export const homeContentSchema = z.strictObject(
  {
    shapes: z.strictObject({ heading: requiredText(80), intro: requiredText(400), items: titledList("shapes") }),
    notThis: z.strictObject({ heading: requiredText(80), items: titledList("points") }),
    readiness: z.strictObject({
      heading: requiredText(80),
      intro: requiredText(400),
      legend: requiredText(120),
      signals: z
        .array(signalSchema, { error: "must be a list of signals, each with an id and a label" })
        .min(1, "must list at least one signal")
        .superRefine((signals, context) => {
          const seen = new Set<string>();
          signals.forEach(({ id }, index) => {
            if (seen.has(id)) context.addIssue({ code: "custom", path: [index, "id"], message: `"${id}" is used by another signal` });
            seen.add(id);
          });
        }),
      submit: requiredText(40),
      resultHeading: requiredText(80),
      notes: z.strictObject({ heading: requiredText(120), body: requiredText(400), link: requiredText(60) }),
      scoping: z.strictObject({ heading: requiredText(120), body: requiredText(400), button: requiredText(40) }),
    }),
    engagements: z.strictObject({ heading: requiredText(80), intro: requiredText(400), link: requiredText(60) }),
    latestNotes: z.strictObject({ heading: requiredText(80), link: requiredText(60) }),
    callToAction: callToAction,
  },
  { error: "must be a list of fields, one `name: value` a line" },
);

export type HomeContent = z.infer<typeof homeContentSchema>;
export type ReadinessContent = HomeContent["readiness"];
