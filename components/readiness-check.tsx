"use client";

import { useEffect, useState, type ReactNode } from "react";
import { recommendNextStep, type NextStep } from "@/lib/readiness";

interface ReadinessCheckProps {
  /** Where the form goes without JavaScript: a server-rendered page that answers the same question. */
  action: string;
  legend: string;
  signals: readonly { id: string; label: string }[];
  submit: string;
  resultLabel: string;
  initialTicked: readonly string[];
  /** True when the server has already answered (the /readiness page), so the answer is in the HTML. */
  answered: boolean;
  /** Both answers, rendered on the server; this component only chooses which one to show. */
  results: Record<NextStep, ReactNode>;
}

/** The readiness self-check: a plain GET form that, once JavaScript runs, answers as boxes are ticked. */
export function ReadinessCheck({ action, legend, signals, submit, resultLabel, initialTicked, answered, results }: ReadinessCheckProps) {
  const [ticked, setTicked] = useState<readonly string[]>(initialTicked);
  const [showAnswer, setShowAnswer] = useState(answered);
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);

  function toggle(id: string, checked: boolean) {
    setTicked((current) => (checked ? [...current, id] : current.filter((entry) => entry !== id)));
    setShowAnswer(true);
  }

  return (
    <div>
      <form action={action} method="get">
        <fieldset>
          <legend className="mb-4 font-sans text-base font-medium">{legend}</legend>
          <ul className="grid gap-3">
            {signals.map((signal) => (
              <li key={signal.id}>
                <label className="flex cursor-pointer gap-4 rounded-xl border border-rule bg-paper px-4 py-4 text-lg leading-snug has-[:checked]:border-accent">
                  <input
                    type="checkbox"
                    name="signals"
                    value={signal.id}
                    checked={ticked.includes(signal.id)}
                    onChange={(event) => toggle(signal.id, event.target.checked)}
                    className="mt-1 size-5 shrink-0"
                  />
                  <span>{signal.label}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        {!enhanced && (
          <button
            type="submit"
            className="mt-6 min-h-11 rounded-full border border-accent px-5 py-2.5 font-sans text-[0.95rem] font-medium text-accent hover:bg-accent hover:text-accent-ink"
          >
            {submit}
          </button>
        )}
      </form>
      {/* Always in the page, even when empty, so screen readers announce the answer when it appears. */}
      <div role="status" aria-live="polite">
        {showAnswer && (
          <section aria-label={resultLabel} className="mt-8 border-l-4 border-accent pl-5">
            <p className="mb-2 font-sans text-sm font-medium uppercase tracking-[0.14em] text-muted">{resultLabel}</p>
            {results[recommendNextStep(ticked, signals)]}
          </section>
        )}
      </div>
    </div>
  );
}
