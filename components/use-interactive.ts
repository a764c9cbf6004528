"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * False in the server's HTML and while hydrating, true once JavaScript runs: what a component shows only when its
 * script can act (the booking form's day-then-time picker, the admin's copy buttons). The change can redraw a whole
 * form, so it comes as a transition: React draws it in short slices rather than one long task as the page starts,
 * and a tap or a key press in the meantime is answered first.
 */
export function useInteractive(): boolean {
  const [interactive, setInteractive] = useState(false);
  useEffect(() => {
    startTransition(() => setInteractive(true));
  }, []);
  return interactive;
}
