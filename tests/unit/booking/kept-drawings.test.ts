import { describe, expect, it } from "vitest";
import { keptDrawingStarted, keptDrawingsFinished } from "@/lib/booking/web/kept-drawings";

const settled = async (promise: Promise<unknown>) => {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 20));
  return done;
};

describe("a change to what is free and the booking page copies being drawn", () => {
  it("goes on at once when no copy is being drawn", async () => {
    expect(await settled(keptDrawingsFinished())).toBe(true);
  });

  it("waits for a copy under way to be kept, then goes on", async () => {
    const kept = keptDrawingStarted();
    const change = keptDrawingsFinished();
    expect(await settled(change)).toBe(false);
    kept();
    expect(await settled(change)).toBe(true);
  });

  it("does not wait for a copy started after the change", async () => {
    const first = keptDrawingStarted();
    const change = keptDrawingsFinished();
    const later = keptDrawingStarted();
    first();
    expect(await settled(change)).toBe(true);
    later();
  });

  it("lets go of a drawing that never says it finished (one that failed) after its limit", async () => {
    keptDrawingStarted(30);
    const change = keptDrawingsFinished();
    expect(await settled(change)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(await settled(change)).toBe(true);
  });
});
