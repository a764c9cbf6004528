import { describe, expect, it } from "vitest";
import { readNotes } from "@/lib/content/notes";
import { selectPublishedNotes } from "@/lib/content/publishing";
import { buildRssFeed, escapeXml, toRfc822, type FeedChannel } from "@/lib/feed/rss";
import { NOW, notesFixture } from "../fixtures";

const channel: FeedChannel = {
  title: "Field Notes · ko · AI Operations",
  description: "Long-form notes & asides from the work",
  siteUrl: "https://fieldnotes.example",
  feedUrl: "https://fieldnotes.example/feed.xml",
  language: "en-US",
};

// What a reader's feed holds on 2026-04-20: note 1 (2026-04-09, updated 2026-04-12), then note 2 (2026-03-30).
const allNotes = readNotes(notesFixture("valid"));
const published = selectPublishedNotes(allNotes, { preview: false, now: NOW });
const feed = buildRssFeed(channel, published);

describe("the RSS feed a reader subscribes to", () => {
  it("is the exact RSS 2.0 document expected for one note", () => {
    const scripts = allNotes.find((note) => note.slug === "scripts-and-spreadsheets")!;
    expect(buildRssFeed(channel, [scripts])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
        "  <channel>",
        "    <title>Field Notes · ko · AI Operations</title>",
        "    <link>https://fieldnotes.example/notes</link>",
        "    <description>Long-form notes &amp; asides from the work</description>",
        "    <language>en-US</language>",
        '    <atom:link href="https://fieldnotes.example/feed.xml" rel="self" type="application/rss+xml"/>',
        "    <lastBuildDate>Mon, 30 Mar 2026 00:00:00 GMT</lastBuildDate>",
        "    <item>",
        "      <title>Scripts &amp; spreadsheets: &lt;when&gt; one beats the other &gt; habit</title>",
        "      <link>https://fieldnotes.example/notes/scripts-and-spreadsheets</link>",
        '      <guid isPermaLink="true">https://fieldnotes.example/notes/scripts-and-spreadsheets</guid>',
        "      <pubDate>Mon, 30 Mar 2026 00:00:00 GMT</pubDate>",
        "      <description>A spreadsheet is often the right answer, and it&apos;s worth saying so before anyone writes a script.</description>",
        "      <category>automation</category>",
        "      <category>ai-operations</category>",
        "    </item>",
        "  </channel>",
        "</rss>",
        "",
      ].join("\n"),
    );
  });

  it("gives every link as a full address, never a path", () => {
    expect(feed).toContain("<link>https://fieldnotes.example/notes</link>");
    expect(feed).toContain("<link>https://fieldnotes.example/notes/the-first-month</link>");
    expect(feed).toContain('<guid isPermaLink="true">https://fieldnotes.example/notes/the-first-month</guid>');
    const addresses = [...feed.matchAll(/<link>([^<]*)<\/link>|<guid[^>]*>([^<]*)<\/guid>|href="([^"]*)"/g)].map(
      (match) => match[1] ?? match[2] ?? match[3],
    );
    expect(addresses).toHaveLength(6); // channel link + atom:link + (link, guid) × 2 notes
    for (const address of addresses) expect(address).toMatch(/^https:\/\/fieldnotes\.example\//);
  });

  it('dates each note in RFC 822, as RSS requires: "Thu, 09 Apr 2026 00:00:00 GMT"', () => {
    expect(toRfc822("2026-04-09")).toBe("Thu, 09 Apr 2026 00:00:00 GMT");
    expect([...feed.matchAll(/<pubDate>([^<]*)<\/pubDate>/g)].map((match) => match[1])).toEqual([
      "Thu, 09 Apr 2026 00:00:00 GMT",
      "Mon, 30 Mar 2026 00:00:00 GMT",
    ]);
  });

  it("was last built when the newest note was last updated", () => {
    expect(feed).toContain("<lastBuildDate>Sun, 12 Apr 2026 00:00:00 GMT</lastBuildDate>");
  });

  it("links to itself with an atom self link, declaring the atom namespace", () => {
    expect(feed).toContain('<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">');
    expect(feed).toContain('<atom:link href="https://fieldnotes.example/feed.xml" rel="self" type="application/rss+xml"/>');
  });

  it("escapes & < > in titles, so a title cannot break the XML", () => {
    expect(feed).toContain("<title>Scripts &amp; spreadsheets: &lt;when&gt; one beats the other &gt; habit</title>");
    expect(feed).not.toContain("<when>");
    expect(feed).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it("lists the notes in the order given, newest first, one item each", () => {
    expect([...feed.matchAll(/<link>https:\/\/fieldnotes\.example\/notes\/([^<]*)<\/link>/g)].map((m) => m[1])).toEqual([
      "the-first-month",
      "scripts-and-spreadsheets",
    ]);
  });

  it("leaves out drafts and scheduled notes when given the published notes", () => {
    expect(feed).not.toContain("a-draft-in-progress");
    expect(feed).not.toContain("scheduled-for-june");
  });

  it("is still a complete document, without a last-built date, before the first note is published", () => {
    const empty = buildRssFeed(channel, []);
    expect(empty).not.toContain("<item>");
    expect(empty).not.toContain("<lastBuildDate>");
    expect(empty.trimEnd().endsWith("  </channel>\n</rss>")).toBe(true);
  });
});

describe("escaping text for XML", () => {
  it("replaces each of & < > \" ' with its entity", () => {
    expect(escapeXml(`Tom & Jerry's "<b>" > 1`)).toBe("Tom &amp; Jerry&apos;s &quot;&lt;b&gt;&quot; &gt; 1");
  });

  it("escapes an ampersand even when it already looks like an entity, so the text reads as written", () => {
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });
});
