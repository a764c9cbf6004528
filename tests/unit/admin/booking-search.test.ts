import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listBookingPage } from "@/lib/admin/booking-list";
import type { BookingContext } from "@/lib/booking/context";
import { insertBooking, setBookingStatus } from "@/lib/db/bookings";
import { berlinContext } from "../booking/booking-fixtures";
import { backends, type TestStorage } from "../db/test-storage";

const now = new Date("2026-06-10T10:00:00Z"); // 12:00 on Wednesday 10 June in Berlin
const hour = 3_600_000;

interface Founder {
  id: string;
  name: string;
  email: string;
  company?: string;
  /** Hours from now. */
  at: number;
}

// Neighbours that a search read as a SQL pattern would also find: the `%` and `_` wildcards, and letter case.
const founders: Founder[] = [
  { id: "percent", name: "Ada 100% Lovelace", email: "ada@analytical.example", company: "Analytical Engines", at: 24 },
  { id: "percent-lookalike", name: "Ada 1000 Lovelace", email: "ada1000@analytical.example", at: 30 },
  { id: "underscore", name: "Grace Hopper", email: "grace_hopper@navy.example", company: "US Navy", at: 2 },
  { id: "underscore-lookalike", name: "Grace Hopperx", email: "gracexhopper@navy.example", at: 50 },
  { id: "quotes", name: `Miles O'Brien`, email: "miles@ds9.example", company: `The "Quoted" Co. \\ Ltd`, at: -48 },
  { id: "umlaut", name: "Jürgen Müller", email: "JUERGEN@Mueller.EXAMPLE", company: "Müller GmbH", at: -2 },
  { id: "called-off", name: "Ada Byron", email: "byron@analytical.example", company: "Analytical Engines", at: 72 },
];

describe.each(backends)("searching the admin's bookings on $name", ({ skip, create }) => {
  let test: TestStorage;
  let context: BookingContext;
  beforeAll(async () => {
    if (skip) return;
    test = await create();
    context = berlinContext(test.storage, now);
    for (const founder of founders) {
      const start = new Date(now.getTime() + founder.at * hour);
      await insertBooking(test.storage.db, {
        id: founder.id,
        start,
        end: new Date(start.getTime() + hour / 2),
        name: founder.name,
        email: founder.email,
        ...(founder.company ? { company: founder.company } : {}),
        readiness: [],
        timeZone: "Europe/Berlin",
        createdAt: new Date(now.getTime() - 96 * hour),
        manageTokenHash: `hash-of-${founder.id}`,
      });
    }
    await setBookingStatus(test.storage.db, "called-off", "cancelled", now);
  });
  afterAll(async () => {
    await test?.cleanUp();
  });

  const search = async (q: string | undefined, show = "upcoming") => {
    const page = await listBookingPage(context, { show, q });
    return { ids: page.items.map((item) => item.id), counts: page.tabs.map((tab) => `${tab.label} ${tab.count}`), page };
  };

  it.skipIf(skip)("without a search lists the tab, counts every tab, and marks today's and tomorrow's calls", async () => {
    const { ids, counts, page } = await search(undefined);
    expect(ids).toEqual(["underscore", "percent", "percent-lookalike", "underscore-lookalike"]);
    expect(counts).toEqual(["Upcoming 4", "Past 2", "Cancelled 1"]);
    expect(page.query).toBeUndefined();
    expect(page.items.map((item) => item.day)).toEqual(["Today", "Tomorrow", "Tomorrow", undefined]);
  });

  it.skipIf(skip)("finds a name, email or company in any letter case, within the tab, and counts the matches on each tab", async () => {
    expect(await search("ADA")).toMatchObject({ ids: ["percent", "percent-lookalike"], counts: ["Upcoming 2", "Past 0", "Cancelled 1"] });
    expect((await search("ada", "cancelled")).ids).toEqual(["called-off"]);
    expect((await search("analytical engines")).ids).toEqual(["percent"]);
    expect((await search("navy.EXAMPLE")).ids).toEqual(["underscore", "underscore-lookalike"]);
    expect((await search("juergen@mueller.example", "past")).ids).toEqual(["umlaut"]);
    expect((await search("MÜLLER", "past")).ids).toEqual(["umlaut"]);
    expect((await search("  grace hopper  ")).page.query).toBe("grace hopper");
  });

  it.skipIf(skip)("matches %, _, quotes and backslashes literally", async () => {
    expect((await search("100%")).ids).toEqual(["percent"]);
    expect((await search("%")).ids).toEqual(["percent"]);
    expect((await search("_")).ids).toEqual(["underscore"]);
    expect((await search("grace_hopper")).ids).toEqual(["underscore"]);
    expect((await search("o'brien", "past")).ids).toEqual(["quotes"]);
    expect((await search(`"quoted"`, "past")).ids).toEqual(["quotes"]);
    expect((await search("\\ ltd", "past")).ids).toEqual(["quotes"]);
    expect((await search("'; drop table bookings; --")).counts).toEqual(["Upcoming 0", "Past 0", "Cancelled 0"]);
    expect((await search(undefined)).counts).toEqual(["Upcoming 4", "Past 2", "Cancelled 1"]);
  });

  it.skipIf(skip)("says when nothing matches, in a fixed sentence that never repeats the search", async () => {
    const { ids, page } = await search("<b>nobody</b>", "past");
    expect(ids).toEqual([]);
    expect(page.empty).toBe("No past calls match your search.");
    expect(page.query).toBe("<b>nobody</b>");
    expect((await search(undefined, "cancelled")).page.empty).toBe("Nothing has been cancelled.");
    expect((await search("nobody", "upcoming")).page.empty).toBe("No upcoming calls match your search.");
  });
});
