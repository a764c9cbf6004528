"use client";

import { useActionState } from "react";
import { initialSubscribeFormState, type SubscribeFormState, type SubscribeInPlaceAction } from "@/lib/newsletter/web/subscribe-state";
import type { Site } from "@/lib/site";
import { Alert } from "@/components/ui/alert";
import { SubscribeFields } from "./subscribe-fields";

interface SubscribeFormLiveProps {
  id: string;
  words: Site["newsletter"];
  action: SubscribeInPlaceAction;
  initial?: SubscribeFormState;
}

/** The subscribe form that answers in place: with JavaScript without a reload, without it as a page. */
export function SubscribeFormLive({ id, words, action: subscribe, initial = initialSubscribeFormState }: SubscribeFormLiveProps) {
  const [state, action, pending] = useActionState(subscribe, initial);
  if (state.status === "sent") {
    return (
      <p role="status" className="mt-4 rounded-xl border border-accent px-5 py-4 font-sans text-lg" data-testid="subscribe-sent">
        {words.sent}
      </p>
    );
  }
  const error = state.status === "error" ? state : undefined;
  return (
    <form action={action} className="relative mt-4">
      {error?.message && <Alert className="mb-4">{error.message}</Alert>}
      <SubscribeFields id={id} words={words} email={error?.email} fieldError={error?.fieldError} pending={pending} />
    </form>
  );
}
