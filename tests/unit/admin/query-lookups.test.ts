import path from "node:path";
import { describe, expect, it } from "vitest";
import { bookingPageMessages } from "@/lib/admin/booking-messages";
import { OUTBOX_VIEWS, outboxPageState } from "@/lib/admin/outbox-messages";
import { bookingRequestSchema, fieldErrorsFrom } from "@/lib/booking/booking-request";
import { checkNoteReferences } from "@/lib/content/check-references";
import { readBookingSettings } from "@/lib/content/booking-settings";
import { noteComponentRules } from "@/lib/content/note-components";
import { parseNote } from "@/lib/content/notes";
import { formatProblem } from "@/lib/content/problems";
import { chooseOption, lookup } from "@/lib/lookup";
import { repoRoot } from "../fixtures";

// Messages and views are looked up by what the address says (?problem=, ?done=, ?show=). Anyone can type an address,
// so a key that every JavaScript object answers to must name nothing rather than crash the page.
const OBJECT_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf"];

describe("the admin's outbox page, from its address", () => {
  it("lists every email, with no message, when the address says nothing", () => {
    expect(outboxPageState({})).toEqual({ view: "all", empty: "No emails yet." });
  });

  it("says the email is back in line after a retry, and why a retry did nothing", () => {
    expect(outboxPageState({ show: "failed", done: "retried" })).toEqual({
      view: "failed",
      empty: "No failed emails.",
      done: "The email is back in line and goes out with the next send.",
    });
    expect(outboxPageState({ show: "failed", problem: "not-failed" }).problem).toBe("That email has not failed, so there is nothing to retry.");
    expect(outboxPageState({ show: "failed", problem: "not-found" }).problem).toBe("That email is no longer in the outbox.");
  });

  it("shows each of its views, and says so when one is empty", () => {
    expect(OUTBOX_VIEWS.map(({ value }) => [value, outboxPageState({ show: value }).empty])).toEqual([
      ["all", "No emails yet."],
      ["pending", "Nothing waiting to be sent."],
      ["sent", "Nothing sent yet."],
      ["failed", "No failed emails."],
      ["cancelled", "No withdrawn emails."],
    ]);
  });

  it.each(OBJECT_KEYS)("?problem=%s, ?done= and ?show= the same give no message and the whole list, not a crash", (key) => {
    expect(outboxPageState({ problem: key, done: key, show: key })).toEqual({ view: "all", empty: "No emails yet." });
  });

  it("ignores a parameter given twice (?problem=not-found&problem=not-failed)", () => {
    expect(outboxPageState({ problem: ["not-found", "not-failed"], show: ["failed", "sent"] })).toEqual({ view: "all", empty: "No emails yet." });
  });
});

describe("the admin's booking page, from its address", () => {
  it.each(OBJECT_KEYS)("?problem=%s, or ?done= the same, gives no message", (key) => {
    expect(bookingPageMessages({ problem: key, done: key })).toEqual({});
  });
});

describe("looking up a fixed table by a key from a request", () => {
  const table = { retried: "Back in line." };
  const views = [{ value: "upcoming" }, { value: "past" }, { value: "cancelled" }] as const;

  it("finds the table's own entries, and nothing for keys every object has", () => {
    expect(lookup(table, "retried")).toBe("Back in line.");
    for (const key of OBJECT_KEYS) expect(lookup(table, key)).toBeUndefined();
    expect(lookup(table, ["retried"])).toBeUndefined();
    expect(lookup(table, undefined)).toBeUndefined();
  });

  it("chooses the option the address names, else the first (the bookings list's ?show=)", () => {
    expect(chooseOption("past", views)).toBe("past");
    for (const key of [...OBJECT_KEYS, "nonsense", undefined, ["past"]]) expect(chooseOption(key, views)).toBe("upcoming");
  });
});

describe("a booking sent to the JSON API with a field named like an object's own property", () => {
  const schema = bookingRequestSchema(readBookingSettings(path.join(repoRoot, "content")));
  const valid = { name: "Ada Lovelace", email: "ada@analytical.example", start: "2026-06-03T13:00:00.000Z", timeZone: "Europe/Berlin" };

  it.each(OBJECT_KEYS)("names %s as a field it does not know, like any other unknown field", (key) => {
    const result = schema.safeParse(JSON.parse(JSON.stringify(valid).replace("{", `{"${key}": "x",`)));
    expect(result.success).toBe(false);
    const fields = fieldErrorsFrom(result.error!);
    expect(Object.hasOwn(fields, key)).toBe(true);
    expect(fields[key]).toBe("is not a known field");
  });
});

describe("a note using a component named like an object's own property", () => {
  it.each(OBJECT_KEYS)("<%s /> is reported as a component notes cannot use, and content:check carries on", (name) => {
    const source = `---\ntitle: A note\nnumber: 1\ndate: 2026-04-09\nsummary: A summary.\n---\n\n<${name} />\n`;
    const { note } = parseNote("notes/001-a-note.mdx", source);
    const problems = checkNoteReferences({
      notes: [note!],
      noteSlugs: new Set(["a-note"]),
      routes: new Set(["/"]),
      publicFiles: new Set(),
      components: noteComponentRules(["scoping"]),
    }).map(formatProblem);
    expect(problems).toEqual([expect.stringContaining(`notes/001-a-note.mdx:8: component: <${name}> is not a component notes can use (known:`)]);
  });
});
