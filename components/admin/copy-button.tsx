"use client";

import { useState } from "react";
import { useInteractive } from "@/components/use-interactive";
import { quietButtonClass } from "./admin-styles";

/**
 * Copies a read-only field's text. Shown only once JavaScript runs: without it, the field itself stays there to
 * select and copy by hand. If the clipboard is out of reach, the field's text is selected instead.
 */
export function CopyButton({ targetId, text, label = "Copy" }: { targetId: string; text: string; label?: string }) {
  const interactive = useInteractive();
  const [said, setSaid] = useState("");
  if (!interactive) return null;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setSaid("Copied.");
    } catch {
      const field = document.getElementById(targetId);
      if (field instanceof HTMLInputElement) {
        field.focus();
        field.select();
      }
      setSaid("Selected: press Ctrl+C or ⌘C to copy.");
    }
  }

  return (
    <span className="inline-flex items-center gap-3">
      <button type="button" className={quietButtonClass} aria-controls={targetId} onClick={copy}>
        {label}
      </button>
      {/* Announced without being a role="status": the page's own status message stays the only one. */}
      <span aria-live="polite" className="text-[0.95rem] text-muted">
        {said}
      </span>
    </span>
  );
}
