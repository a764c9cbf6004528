import { Link } from "../site-link";

/**
 * Cancelling takes two steps that need no JavaScript: a link to the confirming view (?confirm=cancel), then a
 * form that posts the cancellation.
 */
export function CancelBookingPanel(props: {
  token: string;
  when: string;
  confirming: boolean;
  managePath: string;
  action: (formData: FormData) => Promise<void>;
}) {
  if (!props.confirming) {
    return (
      <p className="font-sans text-lg">
        Can’t make it at all?{" "}
        <Link href={`${props.managePath}?confirm=cancel#cancel`} className="text-accent underline underline-offset-4">
          Cancel the call
        </Link>
      </p>
    );
  }
  return (
    <form action={props.action} className="space-y-5 rounded-2xl border-2 border-danger px-6 py-6 font-sans">
      <input type="hidden" name="token" value={props.token} />
      <p className="text-lg font-semibold">Cancel the call on {props.when}?</p>
      <p className="text-muted">The time is freed for someone else, and you and I both get an email saying so.</p>
      <div className="flex flex-wrap items-center gap-5">
        <button type="submit" className="inline-flex items-center rounded-full bg-danger-fill px-6 py-3 text-base font-medium text-white shadow-sm hover:brightness-110">
          Yes, cancel the call
        </button>
        <Link href={props.managePath} className="text-accent underline underline-offset-4">
          No, keep it
        </Link>
      </div>
    </form>
  );
}
