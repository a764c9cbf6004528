import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { computeAvailableSlots } from "@/lib/booking/availability";
import type { BookingContext } from "@/lib/booking/context";
import { createBooking } from "@/lib/booking/service";
import { handleAvailabilityRequest, handleBookingRequest } from "@/lib/booking/web/api";
import { emptyBookingForm } from "@/lib/booking/web/form-state";
import { submitCancelForm, submitMoveForm } from "@/lib/booking/web/manage-form";
import { submitBookingForm } from "@/lib/booking/web/submit-form";
import { canonicalTimeZone } from "@/lib/time/zone-names";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { berlinContext, berlinMail, founder, NOW } from "../booking/booking-fixtures";
import { anyValue, edgeDateText, edgeDay, headerText, mostly, oddText, PROPERTY_RUNS, zoneSpelling } from "./arbitraries";

// Thousands of generated requests at every door a visitor can knock on: each gets a 2xx or a 4xx with a reason,
// never a 5xx or a thrown error, and the database ends up holding only bookings the rules allow.
const RUNS = PROPERTY_RUNS;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

for (const backend of backends) {
  describe.skipIf(backend.skip)(`generated input, stored in ${backend.name}`, () => {
    if (backend.skip) it.skip(skipPostgresReason, () => {});
    let test: TestStorage;
    let context: BookingContext;
    let offered: string[];
    beforeAll(async () => {
      test = await backend.create();
      // Every attempt counts against no limit here, so the generated requests reach validation and the database.
      context = { ...berlinContext(test.storage, NOW), rateLimiter: { attempt: async () => ({ allowed: true as const }) } };
      offered = computeAvailableSlots(context.settings, [], NOW, NOW, new Date(NOW.getTime() + 21 * 86_400_000)).map((slot) => slot.start.toISOString());
    });
    afterAll(async () => {
      await test.cleanUp();
    });

    const bookingFields = () =>
      fc.record(
        {
          // Names in any script, with emoji and marks: stored as written on both databases.
          name: mostly(fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 }).filter((text) => text.trim() !== "" && !/[<>\u0000-\u001f\u007f]/.test(text))),
          // A few addresses come back again and again, to meet the cap on upcoming calls.
          email: mostly(fc.oneof(fc.emailAddress(), fc.constantFrom("ada@analytical.example", "GRACE@navy.example", "grace@navy.example"))),
          company: mostly(oddText),
          teamSize: mostly(fc.constantFrom(...context.settings.form.teamSizes)),
          message: mostly(oddText),
          readiness: mostly(fc.subarray(context.settings.form.readinessSignals.map((signal) => signal.id))),
          engagement: mostly(fc.constantFrom(...context.settings.form.engagements.map((engagement) => engagement.id))),
          source: mostly(fc.constantFrom("/notes/a-note", "/", "//evil.example", "/a?b=c", "javascript:alert(1)")),
          start: mostly(fc.oneof(fc.constantFrom(...offered), edgeDateText)),
          timeZone: mostly(zoneSpelling),
          website: fc.constantFrom("", "", "", "https://spam.example"),
        },
        // The rest may be left out; a body with none of these keys comes from `anyValue` below.
        { requiredKeys: ["name", "email", "start", "timeZone", "website"] },
      );

    async function expectOnlyValidBookings() {
      const rows = await test.storage.db.selectFrom("bookings").selectAll().orderBy("start_at").execute();
      for (const row of rows) {
        expect(offered).toContain(row.start_at);
        expect(canonicalTimeZone(row.time_zone)).toBe(row.time_zone);
        expect(z.email().safeParse(row.email).success).toBe(true);
        for (const text of [row.name, row.company ?? "", row.message ?? ""]) expect(text).not.toMatch(CONTROL);
      }
      const live = rows.filter((row) => row.status !== "cancelled");
      for (let i = 1; i < live.length; i++) expect(live[i]!.start_at >= live[i - 1]!.end_at).toBe(true);
    }

    it("POST /api/bookings: any body, any content type, any forwarded address gets a 2xx or a 4xx with a reason", async () => {
      const body = fc.oneof(
        { weight: 4, arbitrary: bookingFields().map(({ website: _, ...fields }) => JSON.stringify(fields)) },
        { weight: 1, arbitrary: anyValue.map((value) => JSON.stringify(value)) },
        { weight: 1, arbitrary: oddText },
      );
      const headers = fc.record({
        "content-type": fc.oneof({ weight: 5, arbitrary: fc.constant("application/json") }, { weight: 1, arbitrary: headerText }),
        "x-forwarded-for": fc.oneof(headerText, fc.ipV4(), fc.ipV6(), fc.constant("")),
      });
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(body, headers, async (text, sent) => {
          const response = await handleBookingRequest(new Request("http://site.test/api/bookings", { method: "POST", body: text, headers: sent }), context);
          statuses.add(response.status);
          expect(response.status === 201 || (response.status >= 400 && response.status < 500)).toBe(true);
          const answer = (await response.json()) as { error?: unknown };
          if (response.status >= 400) expect(typeof answer.error).toBe("string");
        }),
        { numRuns: RUNS },
      );
      // The generated requests reached every outcome: booked, refused as malformed, refused as taken or over a limit.
      expect([...statuses].sort()).toEqual(expect.arrayContaining([201, 400, 409, 415]));
      await expectOnlyValidBookings();
    });

    it("GET /api/availability: any from, to and zone get a 200 with slots or a 400 with a reason", async () => {
      const query = fc.record({ from: edgeDay, to: edgeDay, timeZone: fc.oneof(zoneSpelling, oddText) }, { requiredKeys: [] });
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(query, async (params) => {
          const url = `http://site.test/api/availability?${new URLSearchParams(params as Record<string, string>)}`;
          const response = await handleAvailabilityRequest(new Request(url), context);
          statuses.add(response.status);
          expect([200, 400]).toContain(response.status);
          const answer = (await response.json()) as { slots?: unknown[]; error?: unknown };
          if (response.status === 200) expect(Array.isArray(answer.slots)).toBe(true);
          else expect(typeof answer.error).toBe("string");
        }),
        { numRuns: RUNS },
      );
      expect([...statuses].sort()).toEqual([200, 400]);
    });

    it("the booking form's action: any fields give the form back, a confirmation or a booking, and never throw", async () => {
      const idle = { status: "idle" as const, submission: 0, values: emptyBookingForm(), fieldErrors: {} };
      const outcomes = new Set<string>();
      await fc.assert(
        fc.asyncProperty(bookingFields(), fc.oneof(fc.ipV4(), fc.ipV6(), fc.constant("unknown")), async (fields, address) => {
          const data = new FormData();
          for (const [name, value] of Object.entries(fields)) {
            for (const one of Array.isArray(value) ? value : [value]) data.append(name, typeof one === "string" ? one : JSON.stringify(one) ?? "");
          }
          const result = await submitBookingForm(idle, data, context, address);
          outcomes.add(result.kind === "state" ? result.state.status : result.kind);
          if (result.kind === "state" && result.state.values.timeZone) expect(canonicalTimeZone(result.state.values.timeZone)).toBe(result.state.values.timeZone);
          if (result.kind === "state" && result.state.received) expect(Number.isNaN(Date.parse(result.state.received.end))).toBe(false);
        }),
        { numRuns: RUNS },
      );
      expect([...outcomes].sort()).toEqual(["booked", "error", "received"]);
      await expectOnlyValidBookings();
    });

    it("the manage page's move and cancel: any token and any time change only what a real link may", async () => {
      const booked = await createBooking(test.storage, context.settings, NOW, founder({ email: "manage@example.com", start: new Date(offered.at(-1)!), timeZone: "Europe/Berlin" }), berlinMail);
      const realToken = booked.kind === "booked" ? booked.booking.manageToken : "missing";
      const token = fc.oneof(fc.constant(realToken), fc.stringMatching(/^[A-Za-z0-9_-]{43}$/), oddText);
      const start = fc.oneof(fc.constantFrom(...offered), edgeDateText);
      await fc.assert(
        fc.asyncProperty(token, start, fc.boolean(), async (key, time, cancel) => {
          const data = new FormData();
          data.set("token", key);
          data.set("start", time);
          if (cancel && key !== realToken) expect(await submitCancelForm(data, context)).toBe("gone");
          else if (!cancel) expect(["state", "moved", "gone"]).toContain((await submitMoveForm({ submission: 0 }, data, context)).kind);
        }),
        { numRuns: RUNS },
      );
      await expectOnlyValidBookings();
    });
  });
}
