import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { enqueueEmail } from "@/lib/email/outbox";
import { redactText } from "@/lib/email/redaction";
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
