import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { moveBookingFromAdmin } from "@/lib/admin/booking-actions";
import { bookingPageMessages } from "@/lib/admin/booking-messages";
import { findBookingView } from "@/lib/admin/booking-views";
import { findMoveChoices, MOVE_MESSAGE_MAX_LENGTH } from "@/lib/admin/move-call";
import { cancelBooking, findManageableBooking, moveBookingAsConsultant } from "@/lib/booking/lifecycle";
import { createBooking, listBookableSlots } from "@/lib/booking/service";
import { formatSlot } from "@/lib/booking/slot-display";
import { findBookingById } from "@/lib/db/bookings";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinContext, berlinMail, berlinRules, founder, NOW, bookAt } from "../booking/booking-fixtures";

const FIRST = new Date("2026-06-15T07:00:00Z"); // Monday 09:00 in Berlin
const SECOND = new Date("2026-06-17T12:00:00Z"); // Wednesday 14:00
const SECOND_END = new Date("2026-06-17T12:30:00Z");
const LATER = new Date(NOW.getTime() + 60 * 60_000);
const MESSAGE = "A client workshop moved onto Monday; Wednesday afternoon works better for me.";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const queryOf = (path: string) => Object.fromEntries(new URL(path, "http://site.test").searchParams);
const manageTokenIn = (text: string) => text.match(/\/book\/manage\/([A-Za-z0-9_-]{43})/)?.[1];

for (const backend of backends) {
  describe.skipIf(backend.skip)(`the consultant moves a call from the admin, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    beforeEach(async () => {
      test = await backend.create();
    });
    afterEach(async () => {
      await test.cleanUp();
    });

    const book = (start: Date, email?: string) => bookAt(test.storage, start, email);
    const outboxOf = (kind: string) => test.storage.db.selectFrom("outbox").selectAll().where("kind", "=", kind).orderBy("send_after").execute();

    it("from the booking's page: the call moves, SEQUENCE rises, the founder is told the consultant moved it, with a link that opens it", async () => {
      const booking = await book(FIRST);
      const context = berlinContext(test.storage, LATER);
      const next = await moveBookingFromAdmin(context, form({ bookingId: booking.id, start: SECOND.toISOString(), message: `  ${MESSAGE}\u0007  ` }));
      expect(next).toBe(`/admin/bookings/${booking.id}?done=moved`);
      expect(await findBookingById(test.storage.db, booking.id)).toMatchObject({ start: SECOND, end: SECOND_END, sequence: 1, status: "confirmed" });
      // The page says so, with the new time as it shows it.
      const view = (await findBookingView(context, booking.id))!;
      expect(bookingPageMessages(queryOf(next), view).done).toBe(`Moved to ${formatSlot({ start: SECOND, end: SECOND_END }, "Europe/Berlin")}. The founder’s email, with the new time and a link to their booking, is in the outbox.`);

      const [change, ...more] = await outboxOf("founder-moved");
      expect(more).toEqual([]);
      expect(change!.recipient).toBe("ada@analytical.example");
      const newTime = formatSlot({ start: SECOND, end: SECOND_END }, "Asia/Kolkata");
      const oldTime = formatSlot({ start: FIRST, end: new Date(FIRST.getTime() + 30 * 60_000) }, "Asia/Kolkata");
      expect(change!.subject).toBe(`Your intro call was moved to ${newTime} GMT+5:30`);
      const text = change!.text_body;
      expect(text.split("\n\n")[1]).toBe(`Kofi Osei moved your intro call from ${oldTime} to ${newTime}. The attached invitation updates your calendar.`);
      // The message as the consultant wrote it, less the control character and the spaces around it.
      expect(text).toContain(`A note from Kofi Osei: ${MESSAGE}\n`);
      expect(text).not.toContain("\u0007");
      expect(text).toContain(`New time (Kolkata, India): ${newTime}`);
      expect(text).toContain(`No longer: ${oldTime}`);
      expect(change!.html_body).toContain("Kofi Osei moved your intro call");
      // The updated invite: the same event, a higher SEQUENCE, the new time.
      expect(change!.ics).toMatch(/^METHOD:REQUEST\r$/m);
      expect(change!.ics).toMatch(/^SEQUENCE:1\r$/m);
      expect(change!.ics).toMatch(/^DTSTART:20260617T120000Z\r$/m);
      expect(change!.ics).toMatch(/^DTEND:20260617T123000Z\r$/m);
      expect(change!.ics).toContain(`UID:${booking.id}@ko.example`);

      // A new link (the first is kept only as a hash), which opens the booking at its new time; the first still works.
      const token = manageTokenIn(text)!;
      expect(token).toBeDefined();
      expect(token).not.toBe(booking.manageToken);
      expect((await findManageableBooking(test.storage, token, LATER))).toMatchObject({ id: booking.id, start: SECOND });
      expect((await findManageableBooking(test.storage, booking.manageToken, LATER))).toMatchObject({ id: booking.id, start: SECOND });

      // The consultant's own note, and the reminder re-timed with the working link.
      const [note] = await outboxOf("consultant-moved");
      expect(note!.recipient).toBe("kofi@ko.example");
      expect(note!.text_body).toMatch(/^You moved the intro call with Ada Lovelace/);
      expect(note!.text_body).toContain(`Your note to them: ${MESSAGE}`);
      const reminders = await outboxOf("founder-reminder");
      expect(reminders.map((email) => [email.status, email.send_after])).toEqual([
        ["cancelled", "2026-06-14T07:00:00.000Z"],
        ["pending", "2026-06-16T12:00:00.000Z"],
      ]);
      expect(reminders[1]!.text_body).toContain(`/book/manage/${token}`);

      // The first time is free again.
      expect((await createBooking(test.storage, berlinRules, LATER, founder({ start: FIRST, email: "grace@example.com" }), berlinMail)).kind).toBe("booked");
    });

    it("without a message, the founder's email says who moved it and has no note", async () => {
      const booking = await book(FIRST);
      const outcome = await moveBookingAsConsultant(test.storage, berlinRules, LATER, { bookingId: booking.id, start: SECOND, message: "   " }, berlinMail);
      expect(outcome.kind).toBe("moved");
      const [change] = await outboxOf("founder-moved");
      expect(change!.text_body).toContain("Kofi Osei moved your intro call from ");
      expect(change!.text_body).not.toContain("A note from");
    });

    it("onto a time someone else holds (taken), or within its buffer (closed): refused, the call keeps its time, no email, no new link", async () => {
      const mine = await book(FIRST);
      await book(SECOND, "grace@example.com");
      const before = await test.storage.db.selectFrom("outbox").select("id").execute();
      const tries = [
        { start: SECOND, reason: "taken" },
        { start: new Date(SECOND.getTime() + 30 * 60_000), reason: "closed" },
      ];
      for (const { start, reason } of tries) {
        const outcome = await moveBookingAsConsultant(test.storage, berlinRules, LATER, { bookingId: mine.id, start, message: MESSAGE }, berlinMail);
        expect(outcome).toMatchObject({ kind: "unavailable", reason });
        // From the page: the reason next to the move form.
        const next = await moveBookingFromAdmin(berlinContext(test.storage, LATER), form({ bookingId: mine.id, start: start.toISOString() }));
        expect(next).toBe(`/admin/bookings/${mine.id}?problem=move-${reason}`);
        expect(bookingPageMessages(queryOf(next)).moveProblem).toMatch(reason === "taken" ? /^Not moved: that time was just booked/ : /^Not moved: that time is no longer free/);
      }
      expect(await findBookingById(test.storage.db, mine.id)).toMatchObject({ start: FIRST, sequence: 0 });
      expect(await test.storage.db.selectFrom("outbox").select("id").execute()).toEqual(before);
      expect(await test.storage.db.selectFrom("booking_manage_links").selectAll().execute()).toEqual([]);
    });

    it("a cancelled call, one under way or one that is over is refused; so are the same time and a time outside the hours", async () => {
      const booking = await book(FIRST);
      const move = (at: Date, start = SECOND) => moveBookingAsConsultant(test.storage, berlinRules, at, { bookingId: booking.id, start }, berlinMail);
      expect(await move(LATER, FIRST)).toEqual({ kind: "unchanged" });
      expect(await move(LATER, new Date("2026-06-17T03:00:00Z"))).toMatchObject({ kind: "unavailable", reason: "not-offered" });
      // A later move is offered (the rules' notice and window count from "now"), but the call itself has started or ended.
      expect(await move(new Date(FIRST.getTime() + 10 * 60_000), new Date("2026-06-18T12:00:00Z"))).toEqual({ kind: "started" });
      expect(await move(new Date(FIRST.getTime() + 40 * 60_000), new Date("2026-06-18T12:00:00Z"))).toEqual({ kind: "past" });
      expect(await moveBookingFromAdmin(berlinContext(test.storage, new Date(FIRST.getTime() + 40 * 60_000)), form({ bookingId: booking.id, start: "2026-06-18T12:00:00.000Z" }))).toBe(
        `/admin/bookings/${booking.id}?problem=move-past`,
      );

      await cancelBooking(test.storage, berlinMail, LATER, { bookingId: booking.id, by: "founder" });
      expect(await move(LATER)).toEqual({ kind: "already-cancelled" });
      const next = await moveBookingFromAdmin(berlinContext(test.storage, LATER), form({ bookingId: booking.id, start: SECOND.toISOString() }));
      expect(bookingPageMessages(queryOf(next))).toEqual({ problem: "Not moved: this booking is cancelled." });
      expect(await findBookingById(test.storage.db, booking.id)).toMatchObject({ start: FIRST, status: "cancelled" });
      expect(await outboxOf("founder-moved")).toEqual([]);
      expect(await moveBookingAsConsultant(test.storage, berlinRules, LATER, { bookingId: "no-such-booking", start: SECOND }, berlinMail)).toEqual({ kind: "not-found" });
    });

    it("the picker offers what the founder's move form would, on the consultant's clock, and nothing once the call is cancelled", async () => {
      const booking = await book(FIRST);
      await book(SECOND, "grace@example.com");
      const context = berlinContext(test.storage, LATER);
      const choices = (await findMoveChoices(context, (await findBookingById(test.storage.db, booking.id))!))!;
      expect(choices.timeZone).toBe("Europe/Berlin");
      const offered = choices.days.flatMap((day) => day.times.map((time) => time.value));
      const free = await listBookableSlots(test.storage, context.settings, LATER, booking.id);
      expect(offered).toEqual(free.filter((slot) => slot.start.getTime() !== FIRST.getTime()).map((slot) => slot.start.toISOString()));
      expect(offered).not.toContain(SECOND.toISOString());
      // A day’s notice from now; the times around the call’s own are free to move to.
      expect(offered).toContain(new Date(FIRST.getTime() + 30 * 60_000).toISOString());
      expect(choices.days[0]).toMatchObject({ label: "Tuesday, June 2", times: expect.arrayContaining([{ value: "2026-06-02T09:00:00.000Z", label: "11:00 AM" }]) });

      await cancelBooking(test.storage, berlinMail, LATER, { bookingId: booking.id, by: "consultant" });
      expect(await findMoveChoices(context, (await findBookingById(test.storage.db, booking.id))!)).toBeUndefined();
    });

    it("the form: no time, a time that is not an instant, or a message too long is refused next to the form; an unknown booking goes back to the list", async () => {
      const booking = await book(FIRST);
      const context = berlinContext(test.storage, LATER);
      const tries = [
        [{ bookingId: booking.id }, "move-no-time"],
        [{ bookingId: booking.id, start: "tomorrow at nine" }, "move-no-time"],
        [{ bookingId: booking.id, start: SECOND.toISOString(), message: "x".repeat(MOVE_MESSAGE_MAX_LENGTH + 1) }, "move-message-too-long"],
      ] as const;
      for (const [fields, problem] of tries) {
        const next = await moveBookingFromAdmin(context, form(fields));
        expect(next).toBe(`/admin/bookings/${booking.id}?problem=${problem}`);
        expect(bookingPageMessages(queryOf(next)).moveProblem).toMatch(/^Not moved: /);
      }
      expect(await moveBookingFromAdmin(context, form({ bookingId: "no-such-booking", start: SECOND.toISOString() }))).toBe("/admin");
      expect(await moveBookingFromAdmin(context, form({ bookingId: "../x", start: SECOND.toISOString() }))).toBe("/admin");
      expect(await findBookingById(test.storage.db, booking.id)).toMatchObject({ start: FIRST, sequence: 0 });
    });
  });
}
