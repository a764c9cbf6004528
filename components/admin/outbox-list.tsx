import Link from "next/link";
import type { OutboxListEntry } from "@/lib/admin/outbox-view";
import { quietButtonClass } from "./admin-styles";

/** Emails, newest first: to whom, about what, where each stands, why it failed, and a retry for failed ones. */
export function OutboxList({ entries, retry, empty }: { entries: OutboxListEntry[]; retry: (formData: FormData) => Promise<void>; empty: string }) {
  if (entries.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {entries.map((entry) => (
        <li key={entry.id} className="space-y-2 py-4">
          <p className="font-semibold break-words">{entry.subject}</p>
          <p className="text-[0.95rem] text-muted break-words">
            To {entry.recipient} · {entry.kindLabel} · {entry.status}, {entry.attempts} attempt{entry.attempts === 1 ? "" : "s"} ·
            queued {entry.created}
            {entry.sent && ` · sent ${entry.sent}`}
            {entry.hasInvite && " · with a calendar invite"}
          </p>
          {entry.lastError && (
            <p className="text-[0.95rem] break-words">
              <span className="font-medium">Last error:</span> {entry.lastError}
            </p>
          )}
          {entry.attemptsMade.length > 0 && (
            <ol className="list-decimal pl-6 text-[0.95rem] text-muted">
              {entry.attemptsMade.map((attempt) => (
                <li key={attempt.attemptedAt} className="break-words">
                  {attempt.when}: {attempt.outcome}
                  {attempt.error && ` (${attempt.error})`}
                </li>
              ))}
            </ol>
          )}
          <details>
            <summary className="cursor-pointer py-1 text-[0.95rem] text-accent">Show the email</summary>
            <p className="mt-2 whitespace-pre-wrap rounded-lg bg-raised p-3 text-[0.95rem] break-words">{entry.textBody}</p>
          </details>
          <div className="flex flex-wrap items-center gap-4">
            {entry.about && (
              <Link href={entry.about.href} className="inline-block py-1 text-[0.95rem] text-accent underline">
                {entry.about.label}
              </Link>
            )}
            {entry.status === "failed" && (
              <form action={retry}>
                <input type="hidden" name="outboxId" value={entry.id} />
                <button type="submit" className={quietButtonClass}>
                  Retry
                </button>
              </form>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
