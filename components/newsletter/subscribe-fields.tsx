import type { Site } from "@/lib/site";
import { primaryButtonClass } from "@/components/ui/button";

const inputClass =
  "block min-h-11 w-full min-w-0 flex-1 rounded-lg border border-rule bg-paper px-3 py-2.5 font-sans text-base text-ink aria-[invalid=true]:border-danger";
// The site's one call-to-action look, kept at its width beside the field.
const buttonClass = `${primaryButtonClass("large")} shrink-0`;

interface SubscribeFieldsProps {
  id: string;
  words: Site["newsletter"];
  email?: string;
  fieldError?: string;
  pending?: boolean;
}

/** The subscribe form's inside, shared by the form that answers in place and the one on a note's page. */
export function SubscribeFields({ id, words, email, fieldError, pending }: SubscribeFieldsProps) {
  const errorId = `${id}-error`;
  return (
    <>
      <label htmlFor={`${id}-email`} className="block font-sans text-[0.95rem] font-medium">
        Your email address
      </label>
      <div className="mt-2 flex flex-col gap-3 sm:flex-row">
        <input
          id={`${id}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          maxLength={254}
          defaultValue={email}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? errorId : undefined}
          className={inputClass}
        />
        <button type="submit" className={buttonClass} disabled={pending}>
          {words.button}
        </button>
      </div>
      {fieldError && (
        <p id={errorId} className="mt-2 font-sans text-[0.95rem] font-medium text-danger">
          {fieldError}
        </p>
      )}
      {/* Left empty by people; a script that fills every field is answered as usual and nothing is sent. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={`${id}-website`}>Leave this empty</label>
        <input id={`${id}-website`} name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <p className="mt-3 font-sans text-sm text-muted">
        Only your address is kept, to send the notes.{" "}
        <a href="/privacy" className="underline underline-offset-4 hover:text-accent">
          Privacy
        </a>
      </p>
    </>
  );
}
