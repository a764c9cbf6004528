import { z } from "zod";

/** The subscribe form: one address. The same schema for the form and the page that answers it. */
export const subscriptionRequestSchema = z.object({
  email: z
    .string({ error: "Please enter your email address." })
    .trim()
    .min(1, "Please enter your email address.")
    .max(254, "That address is too long: an email address has at most 254 characters.")
    .pipe(z.email({ error: "Please enter an email address like name@example.com." }))
    .transform((email) => email.toLowerCase()),
});

export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>;
