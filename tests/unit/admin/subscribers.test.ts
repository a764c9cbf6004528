import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { removeSubscriberFromAdmin, sendNoteTest, type SubscriberActionsContext } from "@/lib/admin/subscriber-actions";
import { subscribersCsv } from "@/lib/admin/subscribers-csv";
import { subscribersPageState } from "@/lib/admin/subscribers-messages";
import { exportSubscribers, listNoteMailing, subscribersPage } from "@/lib/admin/subscribers-view";
import { selectPublishedNotes } from "@/lib/content/publishing";
import type { SubscriberStatus } from "@/lib/db/schema";
import { findSubscriber, insertPendingSubscriber, insertSubscriberKey, updateSubscriber, type SubscriberRow } from "@/lib/db/subscribers";
import { dispatchLiveNotes } from "@/lib/newsletter/dispatch";
import { requestSubscription } from "@/lib/newsletter/subscriptions";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { at, firstNote, note, NOW, scheduledNote, settings, WHEN_SCHEDULED_IS_LIVE } from "../newsletter/newsletter-fixtures";
import { parseCsv } from "./csv-reader";

const BERLIN = "Europe/Berlin";
/** Dates and times as written, with the narrow spaces Intl puts before "AM" made plain. */
const plain = (text: string) => text.replace(/[\u2009\u202f]/g, " ");
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
/** Not live yet: a draft, dated before the scheduled note. */
const draftNote = note("third-note", { number: 3, date: "2026-05-20", title: "A draft, “not yet”", draft: true });
const live = (now: Date) => selectPublishedNotes([firstNote, scheduledNote, draftNote], { preview: false, now });

describe("the subscribers page's messages, from its address", () => {
  const facts = { notes: [draftNote], consultantAddress: settings.consultantAddress };

  it("names the note and the consultant's address when a test is queued, and says when no email is being sent", () => {
    expect(subscribersPageState({ done: "test-queued", note: "third-note" }, facts)).toEqual({
      done: "Test of “A draft, “not yet”” queued to kofi@ko.example; it goes out with the next send.",
    });
    expect(subscribersPageState({ done: "test-queued", note: "third-note" }, { ...facts, mailProblem: "SMTP_URL is not set" }).done).toBe(
      "Test of “A draft, “not yet”” queued to kofi@ko.example. No email is being sent (SMTP_URL is not set): it waits in the outbox until that is fixed.",
    );
  });

  it("says what a removal did, and why a command did nothing", () => {
    expect(subscribersPageState({ done: "removed" }, facts).done).toMatch(/^Removed: the address and its links are deleted/);
    expect(subscribersPageState({ problem: "not-found" }, facts)).toEqual({ problem: "That address was already removed." });
    expect(subscribersPageState({ problem: "note-not-found" }, facts)).toEqual({ problem: "That note is no longer in the notes folder; no test was sent." });
  });

  it.each(["__proto__", "constructor", "toString"])("?done=%s and ?problem= the same say nothing, not a crash", (key) => {
    expect(subscribersPageState({ done: key, problem: key, note: key }, facts)).toEqual({});
    expect(subscribersPageState({ done: ["removed", "test-queued"] }, facts)).toEqual({});
  });
});

describe("the subscribers export", () => {
  const row = (email: string, status: SubscriberStatus, dates: Partial<SubscriberRow> = {}): SubscriberRow => ({
    id: email,
    email,
    status,
    created_at: "2026-05-01T08:00:00.000Z",
    confirm_sent_at: "2026-05-01T08:00:00.000Z",
    confirmed_at: null,
    unsubscribed_at: null,
    updated_at: "2026-05-01T08:00:00.000Z",
    ...dates,
  });

  it("opens in a spreadsheet as one header row and one row an address, with its state and dates", () => {
    const csv = subscribersCsv([
      row("ada@analytical.example", "confirmed", { confirmed_at: "2026-05-01T08:05:00.000Z" }),
      row("grace@navy.example", "unsubscribed", { confirmed_at: "2026-05-01T09:00:00.000Z", unsubscribed_at: "2026-05-02T10:00:00.000Z" }),
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ["Email", "State", "Subscribed (UTC)", "Confirmed (UTC)", "Unsubscribed (UTC)"],
      ["ada@analytical.example", "Confirmed", "2026-05-01T08:00:00.000Z", "2026-05-01T08:05:00.000Z", ""],
      ["grace@navy.example", "Unsubscribed", "2026-05-01T08:00:00.000Z", "2026-05-01T09:00:00.000Z", "2026-05-02T10:00:00.000Z"],
    ]);
  });

  it("keeps an address that looks like a formula as text", () => {
    const csv = subscribersCsv([row("+cmd@x.example", "pending"), row('=hyperlink("https://evil.example","x")@x.example', "pending"), row("@sum@x.example", "pending")]);
    const [, plus, formula, at] = parseCsv(csv.slice(1));
    expect(plus![0]).toBe("'+cmd@x.example");
    expect(formula![0]).toBe(`'=hyperlink("https://evil.example","x")@x.example`);
    expect(at![0]).toBe("'@sum@x.example");
    expect(csv).toContain(`"'=hyperlink(""https://evil.example"",""x"")@x.example"`);
  });
});

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the subscribers page, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    let context: SubscriberActionsContext;
    const db = () => test.storage.db;

    /** A reader in the state given, with a leave key, as if they had asked at `when` (and confirmed and left after). */
    async function reader(email: string, status: SubscriberStatus, when = NOW): Promise<SubscriberRow> {
      const row = await insertPendingSubscriber(db(), email, when);
      await insertSubscriberKey(db(), { token_hash: `hash-${email}`, subscriber_id: row.id, purpose: "leave", created_at: when.toISOString(), expires_at: null });
      if (status !== "pending") await updateSubscriber(db(), row.id, { status: "confirmed", confirmed_at: at(5).toISOString() }, at(5));
      if (status === "unsubscribed") await updateSubscriber(db(), row.id, { status: "unsubscribed", unsubscribed_at: at(60).toISOString() }, at(60));
      return (await findSubscriber(db(), row.id))!;
    }
    const outbox = () => db().selectFrom("outbox").selectAll().orderBy("created_at").orderBy("recipient").orderBy("id").execute();
    const page = (q?: string) => subscribersPage(db(), [], { now: at(90), timeZone: BERLIN, ...(q !== undefined ? { q } : {}) });

    beforeEach(async () => {
      test = await backend.create();
      context = { storage: async () => test.storage, now: () => at(120) };
    });
    afterEach(async () => {
      await test.cleanUp();
    });

    it("says no one has subscribed yet, and where the form is, when no one has", async () => {
      const empty = await page();
      expect(empty).toMatchObject({ counts: { pending: 0, confirmed: 0, unsubscribed: 0 }, items: [], truncated: false });
      expect(empty.empty).toBe("No one has subscribed yet. The form is at the end of every note, on /notes and on the home page.");
    });

    it("counts each state, lists the addresses newest first with their dates, and searches by address", async () => {
      await reader("ada@analytical.example", "confirmed", NOW);
      await reader("grace@navy.example", "pending", at(10));
      await reader("50%_off@deals.example", "unsubscribed", at(20));

      const all = await page();
      expect(all.counts).toEqual({ pending: 1, confirmed: 1, unsubscribed: 1 });
      expect(all.items.map((item) => [item.email, item.state])).toEqual([
        ["50%_off@deals.example", "Unsubscribed"],
        ["grace@navy.example", "Waiting for confirmation"],
        ["ada@analytical.example", "Confirmed"],
      ]);
      const ada = all.items[2]!;
      expect(plain(ada.subscribed)).toBe("Monday, May 4, 2026, 11:00 AM");
      expect(plain(ada.confirmed!)).toBe("Monday, May 4, 2026, 11:05 AM");
      expect(ada.unsubscribed).toBeUndefined();
      expect(plain(all.items[0]!.unsubscribed!)).toBe("Monday, May 4, 2026, 12:00 PM");
      expect(all.items[1]!.confirmed).toBeUndefined();

      // Any case; the counts stay those of the whole list; % and _ are only themselves.
      const found = await page("  NAVY ");
      expect(found).toMatchObject({ query: "NAVY", counts: { pending: 1, confirmed: 1, unsubscribed: 1 } });
      expect(found.items.map((item) => item.email)).toEqual(["grace@navy.example"]);
      expect((await page("%_")).items.map((item) => item.email)).toEqual(["50%_off@deals.example"]);
      expect((await page("_")).items.map((item) => item.email)).toEqual(["50%_off@deals.example"]);
      const none = await page("nobody");
      expect(none.items).toEqual([]);
      expect(none.empty).toBe("No address matches your search.");
      // An empty search, or one given twice, is no search.
      expect((await page("   ")).items).toHaveLength(3);
      expect((await subscribersPage(db(), [], { now: at(90), timeZone: BERLIN, q: ["ada", "grace"] })).items).toHaveLength(3);
    });

    it("removing an address deletes it with its keys and every newsletter email to it, in one go; the other readers keep theirs", async () => {
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      const ada = await reader("ada@analytical.example", "confirmed");
      const grace = await reader("grace@navy.example", "confirmed");
      await dispatchLiveNotes(test.storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE);
      // Ada asks again: the already-subscribed email waits too.
      await requestSubscription(test.storage, ada.email, settings, WHEN_SCHEDULED_IS_LIVE);
      await sendNoteTest(context, [scheduledNote], { ...settings, consultantAddress: ada.email }, form({ note: scheduledNote.slug }));
      expect((await outbox()).filter((row) => row.recipient === ada.email).map((row) => [row.kind, row.status])).toEqual(
        expect.arrayContaining([
          ["newsletter-note", "pending"],
          ["newsletter-already-subscribed", "pending"],
          ["newsletter-test", "pending"],
        ]),
      );

      const next = await removeSubscriberFromAdmin(context, form({ subscriberId: ada.id, q: "analytical" }));
      expect(next).toBe("/admin/subscribers?done=removed&q=analytical");
      expect(await findSubscriber(db(), ada.id)).toBeUndefined();
      expect(await db().selectFrom("subscriber_keys").select("subscriber_id").where("subscriber_id", "=", ada.id).execute()).toEqual([]);
      const after = await outbox();
      const adas = after.filter((row) => row.recipient === ada.email);
      // Nothing of the address is kept but the consultant's own test, which is not a reader's email.
      expect(adas.map((row) => [row.kind, row.status])).toEqual([["newsletter-test", "pending"]]);
      expect(after.filter((row) => row.recipient === grace.email).map((row) => [row.kind, row.status])).toEqual([["newsletter-note", "pending"]]);
      expect(await findSubscriber(db(), grace.id)).toBeDefined();
      expect((await page()).counts).toEqual({ pending: 0, confirmed: 1, unsubscribed: 0 });

      // Again, or an id that names no one: nothing changes, and the page says so.
      expect(await removeSubscriberFromAdmin(context, form({ subscriberId: ada.id }))).toBe("/admin/subscribers?problem=not-found");
      expect(await removeSubscriberFromAdmin(context, form({}))).toBe("/admin/subscribers?problem=not-found");
      expect(await removeSubscriberFromAdmin(context, form({ subscriberId: "x".repeat(5000) }))).toBe("/admin/subscribers?problem=not-found");
      expect(await outbox()).toEqual(after);
    });

    it("shows each note, drafts too, newest first, with where it stands and its emails by status", async () => {
      const notes = [firstNote, scheduledNote, draftNote];
      // The first run: the first note is the back catalogue. A week later the scheduled note goes to three readers.
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      const [ada, grace] = [await reader("ada@analytical.example", "confirmed"), await reader("grace@navy.example", "confirmed")];
      await reader("alan@bletchley.example", "confirmed");
      const before = await listNoteMailing(db(), notes, { now: NOW, timeZone: BERLIN });
      expect(before.map((item) => [item.slug, item.line, item.state, item.emails])).toEqual([
        ["third-note", "No. 03 · May 20, 2026 · Draft", "Not live yet: a draft. It goes to every confirmed subscriber when it is published.", undefined],
        ["second-note", "No. 02 · May 11, 2026", "Not live yet: scheduled for May 11, 2026. It goes to every confirmed subscriber that day.", undefined],
        ["first-note", "No. 01 · April 9, 2026", "Back catalogue: it was live before the newsletter began, so it is never mailed.", undefined],
      ]);

      await dispatchLiveNotes(test.storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE);
      // One went, one failed; and a test to the consultant is none of the readers' emails.
      await db().updateTable("outbox").set({ status: "sent" }).where("recipient", "=", ada.email).execute();
      await db().updateTable("outbox").set({ status: "failed" }).where("recipient", "=", grace.email).execute();
      await sendNoteTest(context, notes, settings, form({ note: scheduledNote.slug }));
      const sent = await listNoteMailing(db(), notes, { now: WHEN_SCHEDULED_IS_LIVE, timeZone: BERLIN });
      expect(plain(sent[1]!.state)).toBe("Sent when it went live on Monday, May 11, 2026, 2:01 AM.");
      expect(sent[1]!.emails).toEqual({ sent: 1, waiting: 1, failed: 1, withdrawn: 0 });
      expect(sent[0]!.emails).toBeUndefined();
      expect(sent[2]!.emails).toBeUndefined();

      // Taken back (a draft again) before the last one went: what waited is withdrawn, and the page says so.
      const takenBack = { ...scheduledNote, draft: true };
      const changed = new Map([[takenBack.slug, at(60 * 24 * 8 - 5)]]);
      await dispatchLiveNotes(test.storage, live(at(60 * 24 * 8)).filter((item) => item.slug !== takenBack.slug), settings, at(60 * 24 * 8), changed);
      const withdrawn = await listNoteMailing(db(), [firstNote, takenBack, draftNote], { now: at(60 * 24 * 8), timeZone: BERLIN });
      // The failed one is withdrawn too, so a retry from the outbox cannot send it after all.
      expect(withdrawn[1]!.emails).toEqual({ sent: 1, waiting: 0, failed: 0, withdrawn: 2 });
      expect(plain(withdrawn[1]!.state)).toBe("Sent when it went live on Monday, May 11, 2026, 2:01 AM; taken back since, so what had not gone was withdrawn.");
      expect(withdrawn[1]!.line).toBe("No. 02 · May 11, 2026 · Draft");
    });

    it("sends a test of a draft to the consultant only: one email, now, not bulk, and nothing to any reader", async () => {
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      await reader("ada@analytical.example", "confirmed");
      const next = await sendNoteTest(context, [firstNote, draftNote], settings, form({ note: draftNote.slug }));
      expect(next).toBe("/admin/subscribers?done=test-queued&note=third-note");
      const rows = await outbox();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        kind: "newsletter-test",
        topic: "note:third-note",
        recipient: "kofi@ko.example",
        subject: "[Test] A draft, “not yet”",
        status: "pending",
        send_after: at(120).toISOString(),
        bulk: 0,
        dedupe_key: null,
        headers: null,
      });
      expect(rows[0]!.text_body).toContain("A test of how this note will arrive.");
      expect(rows[0]!.text_body).not.toContain("LEAVE-KEY-MARK");
      // The draft's counts are the readers' emails only: still none.
      expect((await listNoteMailing(db(), [draftNote], { now: at(120), timeZone: BERLIN }))[0]!.emails).toBeUndefined();

      // A note that is not (or no longer) a file: nothing is queued.
      expect(await sendNoteTest(context, [firstNote], settings, form({ note: draftNote.slug }))).toBe("/admin/subscribers?problem=note-not-found");
      expect(await sendNoteTest(context, [firstNote], settings, form({}))).toBe("/admin/subscribers?problem=note-not-found");
      expect(await outbox()).toHaveLength(1);
    });

    it("exports every address, whatever the page shows, named for the day", async () => {
      await reader("ada@analytical.example", "confirmed");
      await reader("-1+1@x.example", "pending", at(1));
      const { csv, fileName } = await exportSubscribers(db(), at(120));
      expect(fileName).toBe("subscribers-2026-05-04.csv");
      const [header, ...rows] = parseCsv(csv.slice(1));
      expect(header![0]).toBe("Email");
      expect(rows.map((row) => row[0])).toEqual(["'-1+1@x.example", "ada@analytical.example"]);
    });
  });
}
