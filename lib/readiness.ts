// The readiness self-check: which next step to suggest for the signals a reader ticked. Pure, so the home page's
// client component and the server-rendered /readiness page give the same answer.

export type NextStep = "notes" | "scoping";

/** Two or three signals together mean a reader is ready for the Scoping Engagement; one or none, for reading first. */
export const SIGNALS_FOR_SCOPING = 2;

/** Counts only signals the check knows, each once, so a hand-edited address cannot inflate the answer. */
export function countTickedSignals(ticked: readonly string[], known: readonly { id: string }[]): number {
  const knownIds = new Set(known.map((signal) => signal.id));
  return new Set(ticked.filter((id) => knownIds.has(id))).size;
}

export function recommendNextStep(ticked: readonly string[], known: readonly { id: string }[]): NextStep {
  return countTickedSignals(ticked, known) >= SIGNALS_FOR_SCOPING ? "scoping" : "notes";
}

/** The `signals` query parameter as the form sends it: absent, once, or repeated. */
export function parseSignalsParam(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((entry) => entry.split(",")).filter(Boolean);
}
