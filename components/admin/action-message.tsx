import { errorTextClass } from "./admin-styles";

/** What the last action did, or why it could not; fixed sentences, never text from the request. */
export function ActionMessage({ done, problem }: { done?: string; problem?: string }) {
  if (problem) {
    return (
      <p role="alert" className={`${errorTextClass} mb-6`}>
        {problem}
      </p>
    );
  }
  if (!done) return null;
  return (
    <p role="status" className="mb-6 rounded-lg border border-accent px-4 py-3 font-medium">
      {done}
    </p>
  );
}
