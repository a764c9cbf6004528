import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { currentCalendarGeneration, rotateCalendarGeneration } from "@/lib/admin/calendar-subscription";
import {
  findBookingById,
  insertBooking,
  listAllBookings,
  listBookings,
  listLiveBookingsEndingAfter,
  markBookingOutcome,
  setAdminNote,
  setBookingStatus,
} from "@/lib/db/bookings";
import { backends, type TestStorage } from "../db/test-storage";

const now = new Date("2026-06-10T12:00:00Z");
const hour = 3_600_000;

function booking(id: string, startOffsetHours: number) {
  const start = new Date(now.getTime() + startOffsetHours * hour);
  return {
    id,
    start,
    end: new Date(start.getTime() + hour / 2),
    name: `Founder ${id}`,
    email: `${id}@founder.example`,
    readiness: [],
    timeZone: "Europe/Berlin",
    createdAt: new Date(now.getTime() - 48 * hour),
    manageTokenHash: `hash-of-${id}`,
  };
}

describe.each(backends)("the admin's bookings on $name", ({ skip, create }) => {
  let test: TestStorage;
  beforeAll(async () => {
    if (skip) return;
    test = await create();
    const { db } = test.storage;
    for (const [id, offset] of [["later", 72], ["soon", 24], ["yesterday", -24], ["last-week", -168], ["called-off", 48]] as const) {
      await insertBooking(db, booking(id, offset));
    }
    await setBookingStatus(db, "called-off", "cancelled", now);
  });
  afterAll(async () => {
    await test?.cleanUp();
  });

  it.skipIf(skip)("lists upcoming calls soonest first, past ones latest first, and cancelled ones apart", async () => {
    const { db } = test.storage;
    const ids = async (view: "upcoming" | "past" | "cancelled") => (await listBookings(db, view, now)).map((row) => row.id);
    expect(await ids("upcoming")).toEqual(["soon", "later"]);
    expect(await ids("past")).toEqual(["yesterday", "last-week"]);
    expect(await ids("cancelled")).toEqual(["called-off"]);
    expect((await listAllBookings(db, now)).map((row) => row.id)).toEqual(["soon", "later", "yesterday", "last-week", "called-off"]);
    expect((await listLiveBookingsEndingAfter(db, new Date(now.getTime() - 72 * hour))).map((row) => row.id)).toEqual([
      "yesterday",
      "soon",
      "later",
    ]);
  });

  it.skipIf(skip)("keeps the consultant's private note, and clears it when emptied", async () => {
    const { db } = test.storage;
    expect(await setAdminNote(db, "soon", "Ask about their CRM.", now)).toBe(true);
    expect((await findBookingById(db, "soon"))?.adminNote).toBe("Ask about their CRM.");
    await setAdminNote(db, "soon", "", now);
    expect((await findBookingById(db, "soon"))?.adminNote).toBeNull();
    expect(await setAdminNote(db, "no-such-booking", "x", now)).toBe(false);
  });

  it.skipIf(skip)("marks a call held or a no-show, but never a cancelled one", async () => {
    const { db } = test.storage;
    expect(await markBookingOutcome(db, "yesterday", "held", now)).toBe(true);
    expect((await findBookingById(db, "yesterday"))?.status).toBe("held");
    expect(await markBookingOutcome(db, "last-week", "no_show", now)).toBe(true);
    expect((await findBookingById(db, "last-week"))?.status).toBe("no_show");
    expect(await markBookingOutcome(db, "called-off", "held", now)).toBe(false);
    expect((await findBookingById(db, "called-off"))?.status).toBe("cancelled");
  });

  it.skipIf(skip)("gives the calendar feed one generation until it is rotated", async () => {
    const first = await currentCalendarGeneration(test.storage, now);
    expect(await currentCalendarGeneration(test.storage, now)).toBe(first);
    await rotateCalendarGeneration(test.storage, now);
    const second = await currentCalendarGeneration(test.storage, now);
    expect(second).not.toBe(first);
    expect(second).toMatch(/^[\w-]{22}$/);
  });
});
