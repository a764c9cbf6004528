import { simpleParser, type ParsedMail } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cancelBooking } from "@/lib/booking/lifecycle";
import { createBooking } from "@/lib/booking/service";
import { findBookingById } from "@/lib/db/bookings";
import { openStorage } from "@/lib/db/connect";
import { listOutboxAttempts } from "@/lib/email/outbox-admin";
import { sendDueEmails } from "@/lib/email/send-due-emails";
import { smtpTransport, type MailTransport } from "@/lib/email/smtp-transport";
import { startSmtpSink, type SmtpSink } from "../../support/smtp-sink";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder, NOW } from "../booking/booking-fixtures";

// Real SMTP: the site's nodemailer transport talks to an smtp-server in this process, and every message that
// arrives is parsed back with mailparser. Ports 2610-2619 are this file's.
const FAR_SLOT = new Date("2026-06-15T07:00:00Z");
const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000);
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "");
// Intl writes times with thin and narrow no-break spaces ("9:00 – 9:30 AM"); the expectations use plain spaces.
const plain = (text: string | undefined) => text?.replace(/[\u2009\u202f]/g, " ");
const PAYLOAD = "<script>alert('x')</script> and <b>bold</b>\n=cmd|' /C calc'!A0";

for (const [index, backend] of backends.entries()) {
  describe.skipIf(backend.skip)(`emails over SMTP, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    const port = 2610 + index * 3;
    let test: TestStorage;
    let sink: SmtpSink | undefined;
    let received: ParsedMail[];
    let transport: MailTransport;

    const startSink = async () => {
      sink = await startSmtpSink(port, async (raw) => {
        const mail = await simpleParser(raw);
        received.push({ ...mail, subject: plain(mail.subject), text: plain(mail.text) });
      });
    };
    const send = (at: Date, senderId = "sender-a", db = test.storage.db) => sendDueEmails(db, transport, { senderId, now: () => at });
    const to = (address: string) =>
      received.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.value[0]?.address === address);

    beforeEach(async () => {
      test = await backend.create();
      received = [];
      transport = smtpTransport(`smtp://127.0.0.1:${port}`, { ...berlinMail.sender, replyTo: berlinMail.consultantAddress });
    });
    afterEach(async () => {
      transport.close();
      await sink?.close();
      sink = undefined;
      await test.cleanUp();
    });

    async function book(overrides: Parameters<typeof founder>[0] = {}, at = NOW) {
      const outcome = await createBooking(test.storage, berlinRules, at, founder({ start: FAR_SLOT, ...overrides }), berlinMail);
      if (outcome.kind !== "booked") throw new Error(`booking failed: ${JSON.stringify(outcome)}`);
      return outcome.booking;
    }

    it("the founder receives their confirmation: both clocks, the video link, what to prepare, their own link and the invite", async () => {
      await startSink();
      const booking = await book({ name: 'Ada "Countess" Lovelace & Co' });
      expect(await send(NOW)).toEqual({ sent: 2, retrying: 0, failed: 0 });

      const [mail] = to("ada@analytical.example");
      expect(mail).toBeDefined();
      expect(mail!.from?.value[0]).toEqual({ name: "Kofi Osei", address: "bookings@ko.example" });
      expect(mail!.replyTo?.value[0]?.address).toBe("kofi@ko.example");
      expect(mail!.subject).toBe("You’re booked: intro call with Kofi Osei, Monday, June 15, 2026, 12:30 – 1:00 PM GMT+5:30");
      const link = `https://ko.example/book/manage/${booking.manageToken}`;
      expect(mail!.text).toContain("Hello Ada,");
      expect(mail!.text).toContain("Time (Kolkata, India): Monday, June 15, 2026, 12:30 – 1:00 PM");
      expect(mail!.text).toContain("Time for Kofi Osei (Berlin, Germany): Monday, June 15, 2026, 9:00 – 9:30 AM");
      expect(mail!.text).toContain("Video link: https://meet.example.com/ko-intro");
      expect(mail!.text).toContain("- Bring one process that eats your team's week.");
      expect(mail!.text).toContain(link);
      expect(mail!.html).toContain(`<a href="${link}"`);
      expect(mail!.html).toContain('<a href="https://meet.example.com/ko-intro"');
      expect(mail!.html).toContain("Bring one process that eats your team&#39;s week.");

      const invite = mail!.attachments.find((attachment) => attachment.contentType === "text/calendar");
      expect(invite).toBeDefined();
      const ics = unfold(invite!.content.toString("utf8"));
      expect(ics).toMatch(/^METHOD:REQUEST\r$/m);
      expect(ics).toMatch(new RegExp(`^UID:${booking.id}@ko\\.example\\r$`, "m"));
      expect(ics).toMatch(/^SEQUENCE:0\r$/m);
      expect(ics).toMatch(/^DTSTART:20260615T070000Z\r$/m);
      expect(ics).toMatch(/^DTEND:20260615T073000Z\r$/m);
      expect(ics).toMatch(/^ORGANIZER;CN="Kofi Osei":mailto:kofi@ko\.example\r$/m);
      expect(ics).toMatch(/^ATTENDEE;CN="Ada Countess Lovelace & Co";ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:ada@analytical\.example\r$/m);
      expect(ics).toMatch(/^LOCATION:https:\/\/meet\.example\.com\/ko-intro\r$/m);
    });

    it("what a founder typed reaches the consultant as text: script, bold and formula payloads are inert", async () => {
      await startSink();
      await book({ message: PAYLOAD, company: "=cmd|' /C calc'!A0" });
      await send(NOW);
      const [mail] = to("kofi@ko.example");
      expect(mail!.subject).toBe("New intro call: Ada Lovelace (=cmd|' /C calc'!A0), Monday, June 15, 2026, 9:00 – 9:30 AM GMT+2");
      expect(mail!.text).toContain(PAYLOAD);
      expect(mail!.text).toContain("Came from: https://ko.example/notes/what-ai-operations-actually-means");
      expect(mail!.text).toContain("Signals ticked:\nWe bought AI tools that sit unused\nWork goes undone every week");
      expect(mail!.text).toContain("Engagement in mind: Scoping Engagement");
      const html = mail!.html as string;
      expect(html).not.toContain("<script>");
      expect(html).not.toContain("<b>bold</b>");
      expect(html).toContain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt;<br>=cmd|&#39; /C calc&#39;!A0");
    });

    it("the consultant's cancellation reaches the founder with their message as text and a CANCEL for the same event", async () => {
      await startSink();
      const booking = await book();
      await send(NOW);
      await cancelBooking(test.storage, berlinMail, minutes(10), { bookingId: booking.id, by: "consultant", message: "Ill that week. <b>Sorry</b>" });
      expect(await send(minutes(10))).toEqual({ sent: 2, retrying: 0, failed: 0 });
      const [confirmation, cancellation] = to("ada@analytical.example");
      expect(cancellation!.subject).toBe("Cancelled: intro call with Kofi Osei, Monday, June 15, 2026, 12:30 – 1:00 PM GMT+5:30");
      expect(cancellation!.text).toContain("A note from Kofi Osei: Ill that week. <b>Sorry</b>");
      expect(cancellation!.html).toContain("Ill that week. &lt;b&gt;Sorry&lt;/b&gt;");
      expect(cancellation!.text).not.toContain("/book/manage/");
      const ics = (mail: ParsedMail) => unfold(mail.attachments.find((a) => a.contentType === "text/calendar")!.content.toString("utf8"));
      expect(ics(cancellation!)).toMatch(/^METHOD:CANCEL\r$/m);
      expect(ics(cancellation!)).toMatch(/^SEQUENCE:1\r$/m);
      expect(ics(cancellation!).match(/^UID:.*$/m)?.[0]).toBe(ics(confirmation!).match(/^UID:.*$/m)?.[0]);
      expect(to("kofi@ko.example").map((mail) => mail.subject)).toContain(
        "Cancelled: intro call with Ada Lovelace (Analytical Engines), Monday, June 15, 2026, 9:00 – 9:30 AM GMT+2",
      );
      // The reminder was withdrawn: nothing arrives the day before.
      expect(await send(new Date("2026-06-14T07:00:00Z"))).toEqual({ sent: 0, retrying: 0, failed: 0 });
    });

    it("the reminder goes out 24 hours before the call, not before; a call booked a day ahead gets none", async () => {
      await startSink();
      await book();
      await book({ start: new Date("2026-06-02T12:00:00Z"), email: "soon@example.com" });
      await send(NOW);
      expect(received.map((mail) => mail.subject).filter((subject) => subject?.startsWith("Tomorrow"))).toEqual([]);
      expect(await send(new Date("2026-06-14T06:59:00Z"))).toMatchObject({ sent: 0 });
      expect(await send(new Date("2026-06-14T07:00:00Z"))).toMatchObject({ sent: 1 });
      const reminders = received.filter((mail) => mail.subject?.startsWith("Tomorrow"));
      expect(reminders.map((mail) => (Array.isArray(mail.to) ? undefined : mail.to?.text))).toEqual(["ada@analytical.example"]);
      expect(reminders[0]!.text).toContain("https://meet.example.com/ko-intro");
      expect(reminders[0]!.text).toMatch(/https:\/\/ko\.example\/book\/manage\/[A-Za-z0-9_-]{43}/);
    });

    it("a reminder held up until the call has started is withdrawn, not sent late", async () => {
      await startSink();
      await book();
      await send(NOW);
      expect(await send(new Date("2026-06-15T07:05:00Z"))).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(received.filter((mail) => mail.subject?.startsWith("Tomorrow"))).toEqual([]);
      const reminder = await test.storage.db.selectFrom("outbox").selectAll().where("kind", "=", "founder-reminder").executeTakeFirstOrThrow();
      expect(reminder).toMatchObject({ status: "cancelled", last_error: "not sent: the call had already started" });
    });

    it("mail is down while a founder books: the booking stands, and once mail is back each email arrives exactly once", async () => {
      const booking = await book();
      expect(await findBookingById(test.storage.db, booking.id)).toMatchObject({ status: "confirmed" });
      expect(await send(NOW)).toEqual({ sent: 0, retrying: 2, failed: 0 });
      await startSink();
      // Not due again until the first wait (a minute) is over.
      expect(await send(minutes(0.5))).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(await send(minutes(1))).toEqual({ sent: 2, retrying: 0, failed: 0 });
      expect(await send(minutes(120))).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(to("ada@analytical.example")).toHaveLength(1);
      expect(to("kofi@ko.example")).toHaveLength(1);
      const confirmation = await test.storage.db.selectFrom("outbox").selectAll().where("kind", "=", "founder-confirmation").executeTakeFirstOrThrow();
      expect(confirmation).toMatchObject({ status: "sent", attempts: 2 });
      const attempts = await listOutboxAttempts(test.storage.db, confirmation.id);
      expect(attempts.map((attempt) => attempt.outcome)).toEqual(["failed", "sent"]);
      expect(attempts[0]!.error).toMatch(/ECONNREFUSED/);
    });

    it("three senders, each with its own connection, run at once: every email arrives once", async () => {
      await startSink();
      const days = ["2026-06-03", "2026-06-04", "2026-06-05", "2026-06-08", "2026-06-09", "2026-06-10"];
      for (const [i, day] of days.entries()) await book({ start: new Date(`${day}T07:00:00Z`), email: `founder-${i}@example.com` }, NOW);
      const ids = (await test.storage.db.selectFrom("outbox").select("id").where("send_after", "<=", NOW.toISOString()).execute()).map((row) => row.id);
      expect(ids).toHaveLength(12);

      const others = [openStorage(test.config), openStorage(test.config)];
      try {
        const reports = await Promise.all([
          send(NOW, "sender-a"),
          send(NOW, "sender-b", others[0]!.db),
          send(NOW, "sender-c", others[1]!.db),
        ]);
        expect(reports.reduce((total, report) => total + report.sent, 0)).toBe(12);
      } finally {
        await Promise.all(others.map((storage) => storage.close()));
      }
      const messageIds = received.map((mail) => mail.messageId);
      expect(messageIds).toHaveLength(12);
      expect(new Set(messageIds).size).toBe(12);
      expect([...messageIds].sort()).toEqual(ids.map((id) => `<${id}@ko.example>`).sort());
    });
  });
}
