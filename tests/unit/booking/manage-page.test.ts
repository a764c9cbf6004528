import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelBooking, manageLinkState, openManageLink } from "@/lib/booking/lifecycle";
import { cancelledPath, manageView, movedPath, readManageQuery } from "@/lib/booking/web/manage-page";
import type { Booking } from "@/lib/db/bookings";
import { createTestSqlite, type TestStorage } from "../db/test-storage";
import { bookAt, berlinMail, NOW } from "./booking-fixtures";

const TOKEN = "A".repeat(43);
const booking = {
  id: "b-1",
  name: "Ada Lovelace",
  email: "ada@analytical.example",
  timeZone: "Asia/Kolkata",
  status: "confirmed",
  // Monday 15 June 2026, 12:30 – 13:00 in Kolkata.
  start: new Date("2026-06-15T07:00:00Z"),
  end: new Date("2026-06-15T07:30:00Z"),
} as Booking;
const query = readManageQuery({});
// Intl writes thin and narrow no-break spaces around the dash and before AM/PM.
const plain = (text: string | undefined) => text?.replace(/\s/g, " ");

describe("the founder's page's address", () => {
  it("after a move, carries the time it moved from; after a cancellation, says so", () => {
    expect(movedPath(TOKEN, new Date("2026-06-12T09:30:00Z"))).toBe(`/book/manage/${TOKEN}?moved=1&from=2026-06-12T09%3A30%3A00.000Z`);
    expect(cancelledPath(TOKEN)).toBe(`/book/manage/${TOKEN}?cancelled=1`);
  });

  it("is read back into dates and known zones, and anything else is dropped", () => {
    expect(readManageQuery({ moved: "1", from: "2026-06-12T09:30:00.000Z", tz: "asia/kolkata", confirm: "cancel" })).toEqual({
      booked: false,
      moved: true,
      movedFrom: new Date("2026-06-12T09:30:00Z"),
      cancelled: false,
      confirmCancel: true,
      timeZone: "Asia/Kolkata",
    });
    for (const from of ["<script>", "2026-06-12", "2026-13-45T99:99:99Z", "2026-06-12T09:30:00+02:00", "1765000000000"]) {
      expect(readManageQuery({ moved: "1", from }).movedFrom).toBeUndefined();
    }
    expect(readManageQuery({ tz: "Mars/Olympus", from: ["2026-06-12T09:30:00Z", "x"] })).toEqual({ booked: false, moved: false, cancelled: false, confirmCancel: false });
  });
});

describe("what the founder's page says", () => {
  it("after a move: both times, in the zone the founder booked in", () => {
    const view = manageView({ kind: "manageable", booking }, readManageQuery({ moved: "1", from: "2026-06-12T09:30:00.000Z" }));
    expect(view.heading).toBe("Your call has moved");
    expect(plain(view.movedNote)).toBe("Moved from Friday, June 12, 2026, 3:00 – 3:30 PM to Monday, June 15, 2026, 12:30 – 1:00 PM (Kolkata, India).");
  });

  it("after a move with no readable earlier time, or the same one, only that it moved", () => {
    expect(manageView({ kind: "manageable", booking }, readManageQuery({ moved: "1", from: "nonsense" })).movedNote).toBeUndefined();
    expect(manageView({ kind: "manageable", booking }, readManageQuery({ moved: "1", from: booking.start.toISOString() })).movedNote).toBeUndefined();
  });

  it("after cancelling: which call was cancelled, by its time", () => {
    const view = manageView({ kind: "cancelled", booking: { ...booking, status: "cancelled" } }, readManageQuery({ cancelled: "1" }));
    expect(view.heading).toBe("Your call is cancelled");
    expect(plain(view.intro)).toContain("Monday, June 15, 2026, 12:30 – 1:00 PM (Kolkata, India) is cancelled");
  });

  it("an old link says what became of the call, and names nobody", () => {
    const views = (["cancelled", "over", "started"] as const).map((kind) => manageView({ kind, booking }, query));
    expect(views.map((view) => view.heading)).toEqual(["This call was cancelled", "This call has taken place", "This call has started"]);
    for (const view of views) {
      expect(view.intro).toContain("Monday, June 15, 2026");
      expect(JSON.stringify(view)).not.toMatch(/Ada|analytical/);
    }
  });

  it("otherwise greets the founder", () => {
    expect(manageView({ kind: "manageable", booking }, readManageQuery({ booked: "1" })).heading).toBe("You’re booked");
    expect(manageView({ kind: "manageable", booking }, query).heading).toBe("Your intro call");
  });
});

describe("where the booking a link opens stands", () => {
  const at = (iso: string) => new Date(iso);
  it("before, during and after the call; cancelled; or no booking at all", () => {
    expect(manageLinkState(booking, at("2026-06-15T06:59:59Z")).kind).toBe("manageable");
    expect(manageLinkState(booking, at("2026-06-15T07:00:00Z")).kind).toBe("started");
    expect(manageLinkState(booking, at("2026-06-15T07:30:00Z")).kind).toBe("over");
    expect(manageLinkState({ ...booking, status: "held" }, at("2026-06-15T07:10:00Z")).kind).toBe("over");
    expect(manageLinkState({ ...booking, status: "cancelled" }, at("2026-06-01T00:00:00Z")).kind).toBe("cancelled");
    expect(manageLinkState(undefined, NOW).kind).toBe("unknown");
  });

  let test: TestStorage;
  beforeAll(async () => {
    test = await createTestSqlite();
  });
  afterAll(async () => {
    await test.cleanUp();
  });

  it("from the database, by the link's key", async () => {
    const booked = await bookAt(test.storage, booking.start);
    expect((await openManageLink(test.storage, booked.manageToken, NOW)).kind).toBe("manageable");
    expect((await openManageLink(test.storage, booked.manageToken, at("2026-06-15T08:00:00Z"))).kind).toBe("over");
    expect((await openManageLink(test.storage, TOKEN, NOW)).kind).toBe("unknown");
    expect((await openManageLink(test.storage, "not a token", NOW)).kind).toBe("unknown");
    await cancelBooking(test.storage, berlinMail, NOW, { bookingId: booked.id, by: "founder" });
    expect(await openManageLink(test.storage, booked.manageToken, NOW)).toMatchObject({ kind: "cancelled", booking: { id: booked.id } });
  });
});
