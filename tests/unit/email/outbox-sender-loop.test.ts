import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBooking } from "@/lib/booking/service";
import { startOutboxSenderLoop } from "@/lib/email/outbox-sender-loop";
import { senderConfigFromEnv } from "@/lib/email/sender-config";
import { startSmtpSink, type SmtpSink } from "../../support/smtp-sink";
import { createTestSqlite, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder } from "../booking/booking-fixtures";

// The sender as the site runs it, on the real clock: a booking two weeks from now. Port 2618 is this file's.
const PORT = 2618;
const now = () => new Date();

function weekdayMorningTwoWeeksAhead(): Date {
  const day = new Date(Date.now() + 14 * 86_400_000);
  while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
  return new Date(`${day.toISOString().slice(0, 10)}T08:00:00Z`);
}

describe("the sender inside the site", () => {
  let test: TestStorage;
  let sink: SmtpSink | undefined;
  const logged: string[] = [];
  const log = { info: (m: string) => logged.push(m), error: (m: string) => logged.push(`error: ${m}`) };
  beforeEach(async () => {
    test = await createTestSqlite();
    logged.length = 0;
  });
  afterEach(async () => {
    await sink?.close();
    await test.cleanUp();
  });

  it("with no SMTP_URL says once that mail waits in the outbox, and leaves it there", async () => {
    await createBooking(test.storage, berlinRules, now(), founder({ start: weekdayMorningTwoWeeksAhead() }), berlinMail);
    const loop = startOutboxSenderLoop({ config: senderConfigFromEnv({}), storage: async () => test.storage, sender: () => ({ ...berlinMail.sender, replyTo: berlinMail.consultantAddress }), log });
    expect(loop).toBeUndefined();
    expect(logged).toEqual(["Outbox: SMTP_URL is not set, so emails wait in the outbox (see /admin) until it is."]);
    const pending = await test.storage.db.selectFrom("outbox").select("status").where("status", "=", "pending").execute();
    expect(pending).toHaveLength(3);
  });

  it("with SMTP_URL sends a new booking's emails within a poll interval", async () => {
    const received: string[] = [];
    sink = await startSmtpSink(PORT, (raw) => {
      received.push(raw);
    });
    const loop = startOutboxSenderLoop({
      config: senderConfigFromEnv({ SMTP_URL: `smtp://127.0.0.1:${PORT}`, OUTBOX_POLL_SECONDS: "0.2" }),
      storage: async () => test.storage,
      sender: () => ({ ...berlinMail.sender, replyTo: berlinMail.consultantAddress }),
      log,
    });
    try {
      await createBooking(test.storage, berlinRules, now(), founder({ start: weekdayMorningTwoWeeksAhead() }), berlinMail);
      await expect.poll(() => received.length, { timeout: 5000 }).toBe(2);
      expect(logged).toContain("Outbox: sending emails by SMTP every 0.2 s.");
    } finally {
      loop?.stop();
    }
  });

  it("refuses a mistyped SMTP_URL, poll interval or bulk pace, naming the variable", () => {
    expect(() => senderConfigFromEnv({ SMTP_URL: "mail.example.com:25" })).toThrow(/SMTP_URL must look like smtp:\/\//);
    expect(() => senderConfigFromEnv({ OUTBOX_POLL_SECONDS: "soon" })).toThrow(/OUTBOX_POLL_SECONDS must be a number/);
    expect(() => senderConfigFromEnv({ OUTBOX_BULK_PER_MINUTE: "0" })).toThrow(/OUTBOX_BULK_PER_MINUTE must be at least 1/);
    expect(() => senderConfigFromEnv({ OUTBOX_BULK_PER_MINUTE: "2.5" })).toThrow(/OUTBOX_BULK_PER_MINUTE must be a whole number/);
    expect(senderConfigFromEnv({ SMTP_URL: "smtps://user:pw@mail.example.com:465" })).toEqual({
      smtpUrl: "smtps://user:pw@mail.example.com:465",
      pollMs: 30_000,
      bulkPerMinute: 60,
    });
    expect(senderConfigFromEnv({ OUTBOX_BULK_PER_MINUTE: "600" }).bulkPerMinute).toBe(600);
  });
});
