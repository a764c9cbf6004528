"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddressOf } from "@/lib/http/client-address";
import { submitSubscription } from "@/lib/newsletter/web/subscribe-form";
import { problemOf, type SubscribeFormState } from "@/lib/newsletter/web/subscribe-state";
import { newsletterContext } from "@/lib/runtime/newsletter";

async function submit(formData: FormData): Promise<SubscribeFormState> {
  const context = newsletterContext();
  return submitSubscription(formData, context, clientAddressOf(await headers(), context.trustedProxyHops));
}

/** The form that answers in place: with JavaScript through useActionState, without it as a plain POST. */
export async function subscribeInPlace(_previous: SubscribeFormState, formData: FormData): Promise<SubscribeFormState> {
  return submit(formData);
}

/**
 * The form on a note's page, which ships none of the site's own JavaScript: it answers on a page of its own (a soft
 * navigation with JavaScript, a POST and a redirect without).
 */
export async function subscribeAndShow(formData: FormData): Promise<void> {
  const state = await submit(formData);
  const problem = problemOf(state);
  redirect(problem ? `/subscribe?problem=${problem}` : "/subscribe?sent=1");
}
