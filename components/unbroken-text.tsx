import { splitUnbreakable } from "@/lib/content/text-display";

/** Text in which a compound like "30-minute" never breaks across lines (it stays one word for search and readers). */
export function UnbrokenText({ text }: { text: string }) {
  return splitUnbreakable(text).map((part, index) =>
    part.keepTogether ? (
      <span key={index} className="whitespace-nowrap">
        {part.text}
      </span>
    ) : (
      part.text
    ),
  );
}
