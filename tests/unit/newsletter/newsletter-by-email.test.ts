import { simpleParser, type ParsedMail } from "mailparser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStorage, type Storage } from "@/lib/db/connect";
import { countSubscribersByStatus, findSubscriberByEmail } from "@/lib/db/subscribers";
import { enqueueEmail } from "@/lib/email/outbox";
import { sendDueEmails } from "@/lib/email/send-due-emails";
import { smtpTransport, type MailTransport } from "@/lib/email/smtp-transport";
import { dispatchLiveNotes } from "@/lib/newsletter/dispatch";
import { selectPublishedNotes } from "@/lib/content/publishing";
import { confirmSubscription, forgetUnconfirmed, leaveNewsletter, requestSubscription } from "@/lib/newsletter/subscriptions";
import { startSmtpSink, type SmtpSink } from "../../support/smtp-sink";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { at, firstNote, NOW, scheduledNote, settings, WHEN_SCHEDULED_IS_LIVE } from "./newsletter-fixtures";

// Real SMTP, as in the booking's email tests: the site's transport talks to an smtp-server started here, and each
// message is parsed back with mailparser. Ports 2640-2649 are this file's.
const live = (now: Date) => selectPublishedNotes([firstNote, scheduledNote], { preview: false, now });
const linkIn = (mail: ParsedMail, path: string) => {
  const match = new RegExp(`https://ko\\.example${path}/([A-Za-z0-9_-]{43})`).exec(mail.text ?? "");
  if (!match) throw new Error(`no ${path} link in:\n${mail.text}`);
  return match[1]!;
};
// The headers as the mail server received them (mailparser folds the List-* headers into an object of its own).
const rawHeader = (mail: ParsedMail, name: string) => mail.headerLines.find((line) => line.key === name.toLowerCase())?.line.replace(/\r?\n\s+/g, " ");
const oneClickToken = (mail: ParsedMail) =>
  /^List-Unsubscribe: <https:\/\/ko\.example\/api\/newsletter\/leave\/([A-Za-z0-9_-]{43})>$/.exec(rawHeader(mail, "List-Unsubscribe") ?? "")?.[1];

for (const [index, backend] of backends.entries()) {
  describe.skipIf(backend.skip)(`field notes by email, stored in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    const port = 2640 + index * 2;
    let test: TestStorage;
    let sink: SmtpSink | undefined;
    let received: ParsedMail[];
    let transport: MailTransport;

    const startSink = async () => {
      sink = await startSmtpSink(port, async (raw) => void received.push(await simpleParser(raw)));
    };
    const send = (now: Date, options: { senderId?: string; storage?: Storage; bulkPerMinute?: number } = {}) =>
      sendDueEmails((options.storage ?? test.storage).db, transport, {
        senderId: options.senderId ?? "sender-a",
        now: () => now,
        bulkPerMinute: options.bulkPerMinute ?? 1000,
      });
    const to = (address: string) => received.filter((mail) => !Array.isArray(mail.to) && mail.to?.value[0]?.address === address);

    /** A reader who asked at `when` and clicked the link in the email they got. */
    async function confirmedReader(email: string, when = NOW): Promise<void> {
      await requestSubscription(test.storage, email, settings, when);
      await send(when);
      const [mail] = to(email).slice(-1);
      expect(await confirmSubscription(test.storage, linkIn(mail!, "/subscribe/confirm"), when)).toBe("confirmed");
    }

    beforeEach(async () => {
      test = await backend.create();
      received = [];
      transport = smtpTransport(`smtp://127.0.0.1:${port}`, { name: "Kofi Osei", address: "notes@ko.example", replyTo: "kofi@ko.example" });
    });
    afterEach(async () => {
      transport.close();
      await sink?.close();
      sink = undefined;
      await test.cleanUp();
    });

    it("a reader subscribes, confirms from the email, and gets a scheduled note once, on its day, with both unsubscribe headers", async () => {
      await startSink();
      await requestSubscription(test.storage, "ada@analytical.example", settings, NOW);
      expect(await send(NOW)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const [confirmation] = to("ada@analytical.example");
      expect(confirmation!.subject).toBe("Confirm your subscription to Field notes");
      expect(confirmation!.html).toContain("Confirm my subscription");
      expect(await confirmSubscription(test.storage, linkIn(confirmation!, "/subscribe/confirm"), at(5))).toBe("confirmed");

      // The first run finds the first note already live: the back catalogue, never mailed.
      expect(await dispatchLiveNotes(test.storage, live(at(6)), settings, at(6))).toEqual({ announced: [], queued: 0, withdrawn: [] });
      expect(await dispatchLiveNotes(test.storage, live(at(7)), settings, at(7))).toEqual({ announced: [], queued: 0, withdrawn: [] });
      expect(await send(at(8))).toEqual({ sent: 0, retrying: 0, failed: 0 });

      // May 11 arrives: the scheduled note is live without a rebuild.
      const report = await dispatchLiveNotes(test.storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE);
      expect(report).toEqual({ announced: ["second-note"], queued: 1, withdrawn: [] });
      expect(await send(WHEN_SCHEDULED_IS_LIVE)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      const [, noteMail] = to("ada@analytical.example");
      expect(noteMail!.subject).toBe("The “second” note & its code");
      expect(rawHeader(noteMail!, "List-Unsubscribe-Post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
      expect(oneClickToken(noteMail!)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(noteMail!.text).toContain("Field notes · No. 02");
      expect(noteMail!.text).toContain("What note 2 is about.");
      expect(noteMail!.text).toContain("The first section's text.");
      expect(noteMail!.text).toContain("const answer = 42;");
      expect(noteMail!.text).not.toContain("The second section");
      expect(noteMail!.text).toContain("Read the whole note: https://ko.example/notes/second-note");
      expect(noteMail!.html).toContain('href="https://ko.example/notes/first-note"');
      expect(noteMail!.html).toContain('src="https://ko.example/images/notes/diagram.png"');
      expect(noteMail!.html).toContain("<pre");
      expect(noteMail!.html).not.toMatch(/<img[^>]+(track|pixel)|\/t\/|utm_/);
      expect(linkIn(noteMail!, "/subscribe/leave")).toMatch(/^[A-Za-z0-9_-]{43}$/);

      // Later passes, an edit of the note, a restart: nothing goes twice.
      const edited = { ...scheduledNote, title: "Edited after it went out" };
      for (const minutes of [60, 120]) {
        const later = new Date(WHEN_SCHEDULED_IS_LIVE.getTime() + minutes * 60_000);
        expect((await dispatchLiveNotes(test.storage, [edited, firstNote], settings, later)).queued).toBe(0);
        expect((await send(later)).sent).toBe(0);
      }
      expect(to("ada@analytical.example")).toHaveLength(2);
    });

    it("the one-click unsubscribe stops every email not yet sent, and saying it again changes nothing", async () => {
      await startSink();
      await confirmedReader("ada@analytical.example");
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      await dispatchLiveNotes(test.storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE);
      // The note's email is queued but not sent yet; the reader leaves with the token a mail client would post to.
      const row = await test.storage.db.selectFrom("outbox").selectAll().where("kind", "=", "newsletter-note").executeTakeFirstOrThrow();
      const token = /\/api\/newsletter\/leave\/([A-Za-z0-9_-]{43})/.exec(row.headers!)![1]!;
      expect(await leaveNewsletter(test.storage, token, WHEN_SCHEDULED_IS_LIVE)).toBe("left");
      expect(await send(WHEN_SCHEDULED_IS_LIVE)).toEqual({ sent: 0, retrying: 0, failed: 0 });
      const withdrawn = await test.storage.db.selectFrom("outbox").selectAll().where("id", "=", row.id).executeTakeFirstOrThrow();
      expect(withdrawn.status).toBe("cancelled");
      expect(`${withdrawn.text_body}${withdrawn.html_body}${withdrawn.headers}`).not.toContain(token);

      expect(await leaveNewsletter(test.storage, token, at(90))).toBe("already-left");
      expect((await findSubscriberByEmail(test.storage.db, "ada@analytical.example"))!.status).toBe("unsubscribed");
      expect(await countSubscribersByStatus(test.storage.db)).toEqual({ pending: 0, confirmed: 0, unsubscribed: 1 });
    });

    it("an address that did not confirm gets nothing but the link, at most once an hour, and is forgotten after 7 days", async () => {
      await startSink();
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      await requestSubscription(test.storage, "eve@example.org", settings, NOW);
      await requestSubscription(test.storage, "eve@example.org", settings, at(30));
      await send(at(30));
      expect(to("eve@example.org")).toHaveLength(1);
      await requestSubscription(test.storage, "eve@example.org", settings, at(61));
      await send(at(61));
      expect(to("eve@example.org").map((mail) => mail.subject)).toEqual(["Confirm your subscription to Field notes", "Confirm your subscription to Field notes"]);

      // A note goes live: an unconfirmed address is not a reader.
      await dispatchLiveNotes(test.storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE);
      await send(WHEN_SCHEDULED_IS_LIVE);
      expect(to("eve@example.org")).toHaveLength(2);

      expect(await forgetUnconfirmed(test.storage, new Date(at(61).getTime() + 7 * 86_400_000 + 1000))).toBe(1);
      expect(await findSubscriberByEmail(test.storage.db, "eve@example.org")).toBeUndefined();
      const keys = await test.storage.db.selectFrom("subscriber_keys").select("token_hash").execute();
      expect(keys).toEqual([]);
      // Nor is any email to it kept.
      expect(await test.storage.db.selectFrom("outbox").select("id").where("recipient", "=", "eve@example.org").execute()).toEqual([]);
    });

    it("an older confirmation link cannot subscribe an address again after it left, and a failed email to it is withdrawn", async () => {
      await startSink();
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      await requestSubscription(test.storage, "ada@analytical.example", settings, NOW);
      await requestSubscription(test.storage, "ada@analytical.example", settings, at(61));
      await send(at(61));
      const [first, second] = to("ada@analytical.example");
      expect(await confirmSubscription(test.storage, linkIn(second!, "/subscribe/confirm"), at(62))).toBe("confirmed");
      // A note's email to her fails for good; then she leaves.
      await dispatchLiveNotes(test.storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE);
      await test.storage.db.updateTable("outbox").set({ status: "failed" }).where("kind", "=", "newsletter-note").execute();
      expect(await leaveNewsletter(test.storage, linkIn(second!, "/subscribe/leave"), WHEN_SCHEDULED_IS_LIVE)).toBe("left");
      const note = await test.storage.db.selectFrom("outbox").select("status").where("kind", "=", "newsletter-note").executeTakeFirstOrThrow();
      expect(note.status).toBe("cancelled");
      // The first confirmation link, never used, is void now.
      expect(await confirmSubscription(test.storage, linkIn(first!, "/subscribe/confirm"), WHEN_SCHEDULED_IS_LIVE)).toBe("left");
      expect((await findSubscriberByEmail(test.storage.db, "ada@analytical.example"))!.status).toBe("unsubscribed");
    });

    it("subscribing again when already confirmed says so by email, and changes nothing", async () => {
      await startSink();
      await confirmedReader("ada@analytical.example");
      await requestSubscription(test.storage, "ada@analytical.example", settings, at(120));
      await send(at(120));
      const mails = to("ada@analytical.example");
      expect(mails.map((mail) => mail.subject)).toEqual(["Confirm your subscription to Field notes", "You already get Field notes"]);
      expect(mails[1]!.text).toContain("already is");
      expect(oneClickToken(mails[1]!)).toBeDefined();
      expect((await findSubscriberByEmail(test.storage.db, "ada@analytical.example"))!.status).toBe("confirmed");
    });

    it("a reader who confirmed after a note went live never gets that note", async () => {
      await startSink();
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      await requestSubscription(test.storage, "late@example.org", settings, NOW);
      await send(NOW);
      // The note is seen live at once; the reader clicks their link a minute later.
      await dispatchLiveNotes(test.storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE);
      const token = linkIn(to("late@example.org")[0]!, "/subscribe/confirm");
      const oneMinuteLater = new Date(WHEN_SCHEDULED_IS_LIVE.getTime() + 60_000);
      expect(await confirmSubscription(test.storage, token, oneMinuteLater)).toBe("confirmed");
      await dispatchLiveNotes(test.storage, live(oneMinuteLater), settings, oneMinuteLater);
      await send(oneMinuteLater);
      expect(to("late@example.org")).toHaveLength(1);
    });

    it("three servers dispatching and sending at once still send each note once to each reader", async () => {
      await startSink();
      const readers = ["a@example.org", "b@example.org", "c@example.org", "d@example.org", "e@example.org"];
      for (const reader of readers) await confirmedReader(reader);
      received = [];
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      // PostgreSQL: three connections pools, as three servers would have. SQLite: three callers on one handle (one
      // process's connection); separate processes on one file take turns through the busy timeout.
      const others = backend.name === "SQLite" ? [] : [openStorage(test.config), openStorage(test.config)];
      try {
        const stores = others.length ? [test.storage, ...others] : [test.storage, test.storage, test.storage];
        await Promise.all(stores.map((storage) => dispatchLiveNotes(storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE)));
        await Promise.all(stores.map((storage, n) => send(WHEN_SCHEDULED_IS_LIVE, { storage, senderId: `sender-${n}` })));
      } finally {
        for (const storage of others) await storage.close();
      }
      expect(readers.map((reader) => to(reader).length)).toEqual([1, 1, 1, 1, 1]);
    });

    it("with the mail server down, then back, every reader gets the note once", async () => {
      await confirmedReaderWithoutMail(test.storage, "ada@analytical.example");
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      await dispatchLiveNotes(test.storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE);
      expect(await send(WHEN_SCHEDULED_IS_LIVE)).toEqual({ sent: 0, retrying: 1, failed: 0 });
      await startSink();
      const afterRetry = new Date(WHEN_SCHEDULED_IS_LIVE.getTime() + 2 * 60_000);
      expect(await send(afterRetry)).toEqual({ sent: 1, retrying: 0, failed: 0 });
      expect(await send(new Date(afterRetry.getTime() + 60 * 60_000))).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(to("ada@analytical.example").map((mail) => mail.subject)).toEqual(["The “second” note & its code"]);
    });

    it("a note taken back before all its emails went stops sending", async () => {
      await startSink();
      for (const reader of ["a@example.org", "b@example.org", "c@example.org"]) await confirmedReader(reader);
      received = [];
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      await dispatchLiveNotes(test.storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE);
      // At one a minute, one goes; then the note is made a draft again.
      expect((await send(WHEN_SCHEDULED_IS_LIVE, { bulkPerMinute: 1 })).sent).toBe(1);
      // A server still running the content of before (the note absent, or the draft it was) withdraws nothing.
      expect((await dispatchLiveNotes(test.storage, [firstNote], settings, at(10_050))).withdrawn).toEqual([]);
      const before = new Map([["second-note", new Date(WHEN_SCHEDULED_IS_LIVE.getTime() - 86_400_000)]]);
      expect((await dispatchLiveNotes(test.storage, [firstNote], settings, at(10_060), before)).withdrawn).toEqual([]);
      // The note file changed after it went live, and is no longer live: its unsent emails are withdrawn.
      const changed = new Map([["second-note", at(10_070)]]);
      const report = await dispatchLiveNotes(test.storage, [firstNote], settings, at(10_100), changed);
      expect(report.withdrawn).toEqual(["second-note"]);
      expect((await send(at(10_200))).sent).toBe(0);
      expect(received).toHaveLength(1);
    });

    it("mail to many goes at the set pace and after a founder's booking email", async () => {
      await startSink();
      for (const reader of ["a@example.org", "b@example.org", "c@example.org", "d@example.org"]) await confirmedReader(reader);
      received = [];
      await dispatchLiveNotes(test.storage, live(NOW), settings, NOW);
      await dispatchLiveNotes(test.storage, live(WHEN_SCHEDULED_IS_LIVE), settings, WHEN_SCHEDULED_IS_LIVE);
      const later = new Date(WHEN_SCHEDULED_IS_LIVE.getTime() + 1000);
      await enqueueEmail(test.storage.db, { kind: "founder-confirmation", recipient: "founder@example.com", subject: "You’re booked", text: "t", html: "<p>t</p>", sendAfter: later }, later);
      expect(await send(later, { bulkPerMinute: 2 })).toEqual({ sent: 3, retrying: 0, failed: 0 });
      expect(received[0]!.subject).toBe("You’re booked");
      expect(await send(new Date(later.getTime() + 10_000), { bulkPerMinute: 2 })).toEqual({ sent: 0, retrying: 0, failed: 0 });
      expect(await send(new Date(later.getTime() + 61_000), { bulkPerMinute: 2 })).toEqual({ sent: 2, retrying: 0, failed: 0 });
    });

    it("forged, expired, used and wrong-kind links each get a clear answer and change nothing", async () => {
      await startSink();
      await requestSubscription(test.storage, "ada@analytical.example", settings, NOW);
      await send(NOW);
      const [mail] = to("ada@analytical.example");
      const confirmToken = linkIn(mail!, "/subscribe/confirm");
      const leaveToken = linkIn(mail!, "/subscribe/leave");
      const forged = confirmToken.slice(0, -1) + (confirmToken.endsWith("A") ? "B" : "A");
      expect(await confirmSubscription(test.storage, forged, at(1))).toBe("unknown");
      expect(await confirmSubscription(test.storage, "../../etc/passwd", at(1))).toBe("unknown");
      expect(await leaveNewsletter(test.storage, forged, at(1))).toBe("unknown");
      // A confirmation link never unsubscribes, and a leave link never confirms.
      expect(await leaveNewsletter(test.storage, confirmToken, at(1))).toBe("unknown");
      expect(await confirmSubscription(test.storage, leaveToken, at(1))).toBe("unknown");
      expect(await confirmSubscription(test.storage, confirmToken, new Date(NOW.getTime() + 7 * 86_400_000 + 1))).toBe("expired");
      expect((await findSubscriberByEmail(test.storage.db, "ada@analytical.example"))!.status).toBe("pending");
      expect(await confirmSubscription(test.storage, confirmToken, at(2))).toBe("confirmed");
      expect(await confirmSubscription(test.storage, confirmToken, at(3))).toBe("already-confirmed");
      expect(await countSubscribersByStatus(test.storage.db)).toEqual({ pending: 0, confirmed: 1, unsubscribed: 0 });
    });
  });
}

/** Subscribes and confirms with no mail server: the confirmation email waits in the outbox, its link read from there. */
async function confirmedReaderWithoutMail(storage: Storage, email: string): Promise<void> {
  await requestSubscription(storage, email, settings, NOW);
  const row = await storage.db.selectFrom("outbox").selectAll().where("recipient", "=", email).executeTakeFirstOrThrow();
  const token = /\/subscribe\/confirm\/([A-Za-z0-9_-]{43})/.exec(row.text_body)![1]!;
  expect(await confirmSubscription(storage, token, NOW)).toBe("confirmed");
  await storage.db.deleteFrom("outbox").where("id", "=", row.id).execute();
}
