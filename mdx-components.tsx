import type { MDXComponents } from "mdx/types";
import { Callout } from "@/components/mdx/callout";
import { EngagementRange } from "@/components/mdx/engagement-range";
import { ReadinessSignals } from "@/components/mdx/readiness-signals";
import { NoteImage } from "@/components/mdx/note-image";
import { StartConversation } from "@/components/mdx/start-conversation";
import type { NoteComponentName } from "@/lib/content/note-components";

// Every component notes may use; the type keeps this list and content:check's list the same.
const noteComponents = {
  Callout,
  EngagementRange,
  ReadinessSignals,
  StartConversation,
} satisfies Record<NoteComponentName, unknown>;

const components: MDXComponents = { ...noteComponents, img: NoteImage };

export function useMDXComponents(): MDXComponents {
  return components;
}
