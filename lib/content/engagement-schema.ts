import { z } from "zod";
import { currencyCode, requiredText, textList, wholeAmount } from "./fields";

/** The three ways to work together, in the order the site presents them. */
export const engagementIds = ["scoping", "build", "fractional"] as const;
export type EngagementId = (typeof engagementIds)[number];

/** A published price range: one payment for the whole engagement, or a monthly fee. */
export const investmentRangeSchema = z
  .strictObject(
    {
      low: wholeAmount,
      high: wholeAmount,
      currency: currencyCode,
      cadence: z.enum(["one-time", "monthly"], { error: 'must be "one-time" or "monthly"' }),
    },
    { error: "must be a group of fields: low, high, currency, cadence" },
  )
  .refine((range) => range.low <= range.high, {
    path: ["high"],
    error: (issue) => `must not be below low (${(issue.input as { low: number }).low})`,
  });

export type InvestmentRange = z.infer<typeof investmentRangeSchema>;

const engagementSchema = z.strictObject(
  {
    id: z.enum(engagementIds, { error: `must be one of ${engagementIds.join(", ")}` }),
    name: requiredText(60),
    summary: requiredText(300),
    duration: requiredText(60),
    investment: investmentRangeSchema,
    whoFor: requiredText(300),
    includes: textList(200),
    outcome: requiredText(300),
  },
  { error: "must be a group of fields: id, name, summary, duration, investment, whoFor, includes, outcome" },
);

export type Engagement = z.infer<typeof engagementSchema>;

const questionSchema = z.strictObject(
  { question: requiredText(160), answer: requiredText(600) },
  { error: "must be a question and an answer" },
);

/** content/engagements.yaml: the offers and their published ranges, plus the page's questions and answers. */
export const engagementsFileSchema = z.strictObject(
  {
    title: requiredText(80),
    intro: requiredText(400),
    engagements: z
      .array(engagementSchema, { error: "must be a list of engagements, each starting with `- id:`" })
      // Runs even when an offer has other mistakes, so a duplicate or missing id is reported in the same pass.
      .superRefine(checkEngagementIds, { when: (payload) => Array.isArray(payload.value) }),
    // The headings inside each offer, and its button, so every word on the page is the consultant's to change.
    labels: z.strictObject({
      investment: requiredText(40),
      duration: requiredText(40),
      whoFor: requiredText(40),
      includes: requiredText(40),
      outcome: requiredText(60),
      button: requiredText(40),
    }),
    faqHeading: requiredText(80),
    faq: z.array(questionSchema, { error: "must be a list of questions, each with a question and an answer" }).min(1, "must have at least one question"),
  },
  { error: "must be a list of fields, one `name: value` a line" },
);

export type EngagementsFile = z.infer<typeof engagementsFileSchema>;

// Each offer exactly once, in the order the brief gives: the booking form and notes refer to them by id.
// Reads ids defensively: an offer with other mistakes still counts by its id; a bad id has its own message already.
function checkEngagementIds(engagements: unknown[], context: z.RefinementCtx) {
  const ids = engagements.map((entry) => {
    const id = (entry as { id?: unknown } | null)?.id;
    return engagementIds.find((known) => known === id);
  });
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    if (!id) return;
    const first = seen.get(id);
    if (first !== undefined) {
      context.addIssue({ code: "custom", path: [index, "id"], message: `"${id}" is already used by engagements.${first}` });
    } else {
      seen.set(id, index);
    }
  });
  const missing = engagementIds.filter((id) => !seen.has(id));
  if (missing.length) {
    context.addIssue({ code: "custom", path: [], message: `is missing ${missing.map((id) => `"${id}"`).join(", ")}: list each of ${engagementIds.join(", ")} once` });
    return;
  }
  if (ids.length === engagementIds.length && ids.some((id, index) => id !== engagementIds[index])) {
    context.addIssue({ code: "custom", path: [], message: `must be in this order: ${engagementIds.join(", ")} (found ${ids.join(", ")})` });
  }
}
