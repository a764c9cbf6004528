import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { setupChecklist } from "@/lib/admin/setup-checklist";
import { findPlaceholders } from "@/lib/content/placeholders";
import { repoRoot } from "../fixtures";

/** A copy of the project's own content folder, changed as the consultant would change it. */
function contentCopy(edit: (file: string, text: string) => string = (_, text) => text): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "placeholders-"));
  for (const name of fs.readdirSync(path.join(repoRoot, "content")).filter((file) => file.endsWith(".yaml"))) {
    fs.writeFileSync(path.join(dir, name), edit(name, fs.readFileSync(path.join(repoRoot, "content", name), "utf8")));
  }
  return dir;
}

describe("placeholders the project ships with, until the consultant replaces them", () => {
  it("a first try lists the name, the video link, both addresses and every price, with file, line and what to set", () => {
    const found = findPlaceholders(contentCopy());
    expect(found.map((p) => `${p.file.split(path.sep).at(-1)}: ${p.field}`)).toEqual([
      "booking.yaml: meetingLink",
      "booking.yaml: email.senderAddress",
      "booking.yaml: email.consultantAddress",
      ...["0", "1", "2"].flatMap((i) => [`engagements.yaml: engagements.${i}.investment.low`, `engagements.yaml: engagements.${i}.investment.high`]),
      "site.yaml: name",
    ]);
    const name = found.find((p) => p.field === "name")!;
    expect(name).toMatchObject({ value: "Your Name", hint: "your name, as clients know you", line: 5 });
  });

  it("a value set and its note deleted is no longer listed; one set but still on an example domain is", () => {
    const dir = contentCopy((file, text) =>
      file === "site.yaml"
        ? text.replace("name: Your Name # placeholder: your name, as clients know you", "name: Kofi Osei")
        : file === "booking.yaml"
          ? text.replace(/ # placeholder: .*$/gm, "").replace("hello@ko.example", "kofi@osei.consulting")
          : text.replace(/ # placeholder: .*$/gm, ""),
    );
    expect(findPlaceholders(dir).map((p) => [p.field, p.value])).toEqual([
      ["meetingLink", "https://meet.example.com/ko-intro"],
      ["email.senderAddress", "bookings@ko.example"],
    ]);
  });

  it("the admin's checklist names each one and the missing mail server, and is empty once all are set", () => {
    const items = setupChecklist(findPlaceholders(contentCopy()), "SMTP_URL is not set");
    expect(items).toContainEqual({ what: "name is still “Your Name”: set your name, as clients know you", where: expect.stringMatching(/site\.yaml, line 5$/) });
    expect(items.at(-1)).toEqual({ what: "No email is sent: SMTP_URL is not set", where: "SMTP_URL (docs/email.md)" });
    expect(setupChecklist([], undefined)).toEqual([]);
  });
});
