import { describe, expect, it } from "vitest";
import { bookingSourceFrom } from "@/lib/booking/web/source";

describe("which page a founder came from", () => {
  it("takes the from parameter a link sets", () => {
    expect(bookingSourceFrom("/notes/what-ai-operations-actually-means", null, "site.example")).toBe("/notes/what-ai-operations-actually-means");
  });
  it("else the path of a referrer on this site", () => {
    expect(bookingSourceFrom(undefined, "https://site.example/notes/a-note?x=1", "site.example")).toBe("/notes/a-note?x=1");
  });
  it("never another site, a protocol-relative path, the booking page itself, or odd characters", () => {
    expect(bookingSourceFrom(undefined, "https://elsewhere.example/notes/a", "site.example")).toBe("");
    expect(bookingSourceFrom("//elsewhere.example/x", null, "site.example")).toBe("");
    expect(bookingSourceFrom(undefined, "https://site.example/book?tz=UTC", "site.example")).toBe("");
    expect(bookingSourceFrom("/notes/<script>", null, "site.example")).toBe("");
  });
});
