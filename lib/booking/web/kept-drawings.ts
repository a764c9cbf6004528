/**
 * The kept booking pages being drawn right now, in this process. A drawing that read the free times before a change
 * and is kept after it would offer a taken time until its minute is up, as the change's revalidation came first: so a
 * change waits for the drawings already under way, then asks for its revalidation. Shared through globalThis, since
 * the page and the requests that change what is free are separate bundles.
 */
const shared = globalThis as typeof globalThis & { keptBookingDrawings?: Set<Promise<void>> };

/** A drawing that never says it finished (one that failed) is let go after this long. */
export const DRAWING_LIMIT_MS = 10_000;

/**
 * Marks a drawing as under way; call the result once its page is done. Next stores the copy a moment after that, and a
 * drawing in the background can still be stored after a change that waited for it (see docs/architecture.md).
 */
export function keptDrawingStarted(limitMs = DRAWING_LIMIT_MS): () => void {
  const drawings = (shared.keptBookingDrawings ??= new Set());
  let finish!: () => void;
  const drawing = new Promise<void>((resolve) => (finish = resolve));
  drawings.add(drawing);
  const timer = setTimeout(finished, limitMs);
  timer.unref?.();
  function finished() {
    clearTimeout(timer);
    drawings.delete(drawing);
    finish();
  }
  return finished;
}

/** Resolves once every drawing under way when it was called has finished (at once when there is none). */
export async function keptDrawingsFinished(): Promise<void> {
  const drawings = [...(shared.keptBookingDrawings ?? [])];
  if (drawings.length > 0) await Promise.all(drawings);
}
