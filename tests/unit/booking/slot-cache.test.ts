import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createBooking, listAvailableSlots, listBookableSlots } from "@/lib/booking/service";
import { cancelBooking } from "@/lib/booking/lifecycle";
import type { Slot } from "@/lib/booking/availability";
import { derivedFromSlots } from "@/lib/booking/slot-cache";
import { openStorage, type Storage } from "@/lib/db/connect";
import { readAvailabilityVersion } from "@/lib/db/availability-version";
import { insertTimeOff } from "@/lib/db/time-off";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinMail, berlinRules, founder, NOW, OPEN_SLOT } from "./booking-fixtures";

const offered = async (storage: Storage, now = NOW) => (await listBookableSlots(storage, berlinRules, now)).map((slot) => slot.start.toISOString());

// The free times are kept in memory per minute and per state of what is taken: a write anywhere, through any handle
// on the database, must show at the very next read.
for (const backend of backends) {
  describe.skipIf(backend.skip)(`free times kept between requests, ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    let second: Storage;
    beforeEach(async () => {
      test = await backend.create();
      // Another process on the same database: its own connection, its own memory of free times.
      second = openStorage(test.config);
    });
    afterEach(async () => {
      await second.close();
      await test.cleanUp();
    });

    it("a time booked through the service is not offered by the next read, from this handle or another", async () => {
      expect(await offered(test.storage)).toContain(OPEN_SLOT.toISOString());
      expect(await offered(second)).toContain(OPEN_SLOT.toISOString());
      expect((await createBooking(test.storage, berlinRules, NOW, founder(), berlinMail)).kind).toBe("booked");
      expect(await offered(test.storage)).not.toContain(OPEN_SLOT.toISOString());
      expect(await offered(second)).not.toContain(OPEN_SLOT.toISOString());
      const api = await listAvailableSlots(second, berlinRules, NOW, OPEN_SLOT, new Date(OPEN_SLOT.getTime() + 3_600_000));
      expect(api.map((slot) => slot.start.toISOString())).not.toContain(OPEN_SLOT.toISOString());
    });

    it("a booking made from another handle, then cancelled by the consultant, is offered again at once", async () => {
      expect(await offered(test.storage)).toContain(OPEN_SLOT.toISOString());
      const outcome = await createBooking(second, berlinRules, NOW, founder(), berlinMail);
      if (outcome.kind !== "booked") throw new Error(outcome.kind);
      expect(await offered(test.storage)).not.toContain(OPEN_SLOT.toISOString());
      expect((await cancelBooking(second, berlinMail, NOW, { bookingId: outcome.booking.id, by: "consultant" })).kind).toBe("cancelled");
      expect(await offered(test.storage)).toContain(OPEN_SLOT.toISOString());
    });

    it("time off and a calendar's new copy change what is offered at once", async () => {
      expect(await offered(test.storage)).toContain(OPEN_SLOT.toISOString());
      await insertTimeOff(second.db, { id: "dentist", start: OPEN_SLOT, end: new Date(OPEN_SLOT.getTime() + 3_600_000), createdAt: NOW });
      expect(await offered(test.storage)).not.toContain(OPEN_SLOT.toISOString());
      const before = await readAvailabilityVersion(test.storage.db);
      await second.db.insertInto("calendar_sources").values({ id: "work", busy: "[]", fetched_at: NOW.toISOString() }).execute();
      await second.db.updateTable("calendar_sources").set({ lease_owner: "p1" }).execute();
      const afterInsert = await readAvailabilityVersion(test.storage.db);
      expect(afterInsert).toBeGreaterThan(before);
      await second.db.updateTable("calendar_sources").set({ fetched_at: new Date(NOW.getTime() + 1000).toISOString() }).execute();
      expect(await readAvailabilityVersion(test.storage.db)).toBeGreaterThan(afterInsert);
    });

    it("keeps the free times for the minute and works them out afresh in the next", async () => {
      const first = await listBookableSlots(test.storage, berlinRules, new Date(NOW.getTime() + 1_000));
      const sameMinute = await listBookableSlots(test.storage, berlinRules, new Date(NOW.getTime() + 59_000));
      expect(sameMinute).toEqual(first);
      expect(sameMinute[0]).toBe(first[0]);
      // A day later the window has moved on.
      const tomorrow = await listBookableSlots(test.storage, berlinRules, new Date(NOW.getTime() + 86_400_000));
      expect(tomorrow[0]!.start.getTime()).toBeGreaterThan(first[0]!.start.getTime());
    });
  });
}

describe("what is made from the free times is kept with them", () => {
  const window = (): Slot[] => [{ start: OPEN_SLOT, end: new Date(OPEN_SLOT.getTime() + 1_800_000) }];

  it("once per key for one window's times, again for another key or another window", () => {
    const made: string[] = [];
    const make = (what: string) => () => (made.push(what), what);
    const [first, second] = [window(), window()];
    expect(derivedFromSlots(first, "a", make("first a"))).toBe("first a");
    expect(derivedFromSlots(first, "a", make("first a again"))).toBe("first a");
    expect(derivedFromSlots(first, "b", make("first b"))).toBe("first b");
    // Equal times worked out anew (a write, another minute) are another entry, never the older one's.
    expect(derivedFromSlots(second, "a", make("second a"))).toBe("second a");
    expect(made).toEqual(["first a", "first b", "second a"]);
  });

  it("keeps the last 32 keys of a window, so visitors' queries cannot fill the memory", () => {
    const slots = window();
    for (let i = 0; i < 33; i++) derivedFromSlots(slots, `key ${i}`, () => i);
    expect(derivedFromSlots(slots, "key 32", () => -1)).toBe(32);
    expect(derivedFromSlots(slots, "key 1", () => -1)).toBe(1);
    expect(derivedFromSlots(slots, "key 0", () => -1)).toBe(-1);
  });
});
