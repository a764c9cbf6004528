import type { ComponentRule } from "./check-references";

/**
 * The components a note can use without importing them, and what each one's props must be. mdx-components.tsx
 * provides exactly these (its type says so), and content:check reports any other name.
 */
export function noteComponentRules(engagementIds: readonly string[]) {
  return {
    Callout: (attributes) =>
      attributes.tone && !["note", "warning"].includes(String(attributes.tone)) ? 'tone must be "note" or "warning"' : undefined,
    EngagementRange: ({ id }) =>
      typeof id !== "string"
        ? `needs an id, one of ${engagementIds.map((e) => `"${e}"`).join(", ")}`
        : engagementIds.includes(id)
          ? undefined
          : `id "${id}" is not an engagement (known: ${engagementIds.join(", ")})`,
    ReadinessSignals: () => undefined,
    StartConversation: () => undefined,
  } satisfies Record<string, ComponentRule>;
}

export type NoteComponentName = keyof ReturnType<typeof noteComponentRules>;
