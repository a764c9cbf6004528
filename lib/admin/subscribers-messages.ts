import type { Note } from "../content/notes";
import { lookup } from "../lookup";

// What the subscribers page says after a command, chosen by ?done=, ?problem= and ?note=: fixed sentences, the
// note's title from its file and the consultant's own address, never text from the request.

type Said = (facts: { title: string; address: string; mailProblem?: string }) => string;

const DONE: Record<string, Said> = {
  removed: () => "Removed: the address and its links are deleted, and nothing more is sent to it. It can subscribe again from the form.",
  "test-queued": ({ title, address, mailProblem }) =>
    mailProblem
      ? `Test of “${title}” queued to ${address}. No email is being sent (${mailProblem}): it waits in the outbox until that is fixed.`
      : `Test of “${title}” queued to ${address}; it goes out with the next send.`,
};
const PROBLEMS: Record<string, string> = {
  "not-found": "That address was already removed.",
  "note-not-found": "That note is no longer in the notes folder; no test was sent.",
};

export function subscribersPageState(
  query: { done?: string | string[]; problem?: string | string[]; note?: string | string[] },
  facts: { notes: readonly Pick<Note, "slug" | "title">[]; consultantAddress: string; mailProblem?: string },
): { done?: string; problem?: string } {
  const title = facts.notes.find((note) => note.slug === query.note)?.title ?? "the note";
  const done = lookup(DONE, query.done);
  const problem = lookup(PROBLEMS, query.problem);
  return {
    ...(done ? { done: done({ title, address: facts.consultantAddress, ...(facts.mailProblem ? { mailProblem: facts.mailProblem } : {}) }) } : {}),
    ...(problem ? { problem } : {}),
  };
}
