import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueEmail } from "@/lib/email/outbox";
import { redactBody, redactCalendarText, redactText } from "@/lib/email/redaction";
import { createTestSqlite, type TestStorage } from "../db/test-storage";

const NOW = new Date("2026-06-01T08:00:00Z");
const email = { kind: "note", recipient: "ada@example.com", subject: "Hello", text: "Your key: abc123 and abc456", html: "<p>hi</p>", sendAfter: NOW };

describe("what a stored email loses once sent", () => {
  it("every match of its pattern, replaced by its replacement written as it is", () => {
    const stored = { redact_pattern: "abc\\d+", redact_replacement: "[$& removed]" };
    expect(redactText("Your key: abc123 and abc456", stored)).toBe("Your key: [$& removed] and [$& removed]");
  });

  it("nothing, when the email asked for nothing to be removed", () => {
    expect(redactText("Your key: abc123", { redact_pattern: null, redact_replacement: null })).toBe("Your key: abc123");
  });
});

describe("what a stored invite loses once sent", () => {
  const stored = { redact_pattern: "/book/manage/[A-Za-z0-9_-]{20,}", redact_replacement: "/book/manage/[link removed]" };
  const key = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";
  // As ical.js writes it: folded at 75 octets, here right through the key (14 characters, then the rest).
  const invite = [
    "BEGIN:VEVENT",
    "DESCRIPTION:A free 30-minute intro on video.\\nJoin: https://meet.example.c",
    ` om/ko-intro\\nMove or cancel: https://ko.example/book/manage/${key.slice(0, 14)}`,
    ` ${key.slice(14)}`,
    "SUMMARY:Intro call with Zoë 🎉",
    "END:VEVENT",
    "",
  ].join("\r\n");

  it("the key, even where a folded line splits it, and the file stays folded within 75 octets", () => {
    expect(redactText(invite, stored)).toContain(key.slice(14));
    const redacted = redactCalendarText(invite, stored);
    expect(redacted).not.toContain(key.slice(0, 14));
    expect(redacted).not.toContain(key.slice(14));
    expect(redacted.replace(/\r\n[ \t]/g, "")).toContain("Move or cancel: https://ko.example/book/manage/[link removed]\r\n");
    for (const line of redacted.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(redacted).toContain("\r\nSUMMARY:Intro call with Zoë 🎉\r\n");
    expect(redacted.endsWith("END:VEVENT\r\n")).toBe(true);
  });

  it("nothing, when there is nothing to remove: the file is kept byte for byte", () => {
    const plain = invite.replace(/\/book\/manage\/.*\r\n .*\r\n/, "/\r\n");
    expect(redactCalendarText(plain, stored)).toBe(plain);
    expect(redactCalendarText(invite, { redact_pattern: null, redact_replacement: null })).toBe(invite);
  });

  it("with both bodies and the headers, whenever a stored email is redacted", () => {
    const headers = JSON.stringify({ "List-Unsubscribe": `<https://ko.example/book/manage/${key}>` });
    const email = { ...stored, text_body: `Manage: https://ko.example/book/manage/${key}`, html_body: "<p>hi</p>", ics: invite, headers };
    expect(JSON.stringify(redactBody(email))).not.toContain(key.slice(14));
    expect(JSON.parse(redactBody(email).headers!)).toEqual({ "List-Unsubscribe": "<https://ko.example/book/manage/[link removed]>" });
    expect(redactBody({ ...email, ics: null, headers: null })).toMatchObject({ ics: null, headers: null });
  });
});

describe("queueing an email with a redaction", () => {
  let test: TestStorage;
  beforeEach(async () => {
    test = await createTestSqlite();
  });
  afterEach(async () => {
    await test.cleanUp();
  });

  it("refuses a pattern that is not a regular expression, before anything is stored", async () => {
    await expect(enqueueEmail(test.storage.db, { ...email, redact: { pattern: "abc(", replacement: "" } }, NOW)).rejects.toThrow(SyntaxError);
    expect(await test.storage.db.selectFrom("outbox").selectAll().execute()).toEqual([]);
  });
});
