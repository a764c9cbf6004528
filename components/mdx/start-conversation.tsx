import { ButtonLink } from "../button-link";

/** The booking call to action, inline in a note: `<StartConversation />`. */
export function StartConversation({ label = "Start a conversation" }: { label?: string }) {
  return (
    <p className="not-prose my-8">
      <ButtonLink href="/book">{label}</ButtonLink>
    </p>
  );
}
