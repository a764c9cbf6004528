import { describe, expect, it } from "vitest";
import { currentMarker, primaryNavigation } from "@/lib/navigation";

// The main menu lives in lib/navigation.ts; its aria-current is worked out on the server from the page's path.
describe("the main menu's mark for the page a reader is on", () => {
  const marks = (pathname: string) => primaryNavigation.map((item) => [item.label, currentMarker(item.href, pathname) ?? null]);

  it("marks the link to the page itself as the current page", () => {
    expect(marks("/notes")).toEqual([
      ["Field notes", "page"],
      ["Engagements", null],
      ["About", null],
    ]);
    expect(currentMarker("/engagements", "/engagements")).toBe("page");
    expect(currentMarker("/about", "/about/")).toBe("page");
  });

  it("marks the section, not the page, on a note or a tag page under Field notes", () => {
    expect(currentMarker("/notes", "/notes/what-ai-operations-actually-means")).toBe("true");
    expect(currentMarker("/notes", "/notes/tags/consulting")).toBe("true");
  });

  it("marks nothing on the home page, the booking form, or an address that only starts alike", () => {
    expect(marks("/").every(([, mark]) => mark === null)).toBe(true);
    expect(marks("/book").every(([, mark]) => mark === null)).toBe(true);
    expect(currentMarker("/notes", "/notes-archive")).toBeUndefined();
    expect(currentMarker("/notes", undefined)).toBeUndefined();
  });

  it("calls the notes “Field notes”, as the series line under each note does", () => {
    expect(primaryNavigation[0].label).toBe("Field notes");
  });
});
