import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { BookingContext } from "@/lib/booking/context";
import { mailSettingsFrom } from "@/lib/booking/notifications/mail-settings";
import { handleBookingRequest } from "@/lib/booking/web/api";
import { emptyBookingForm, type BookingFormState } from "@/lib/booking/web/form-state";
import { submitBookingForm } from "@/lib/booking/web/submit-form";
import { readBookingSettings } from "@/lib/content/booking-settings";
import { createRateLimiter } from "@/lib/db/rate-limits";
import { clientAddressOf } from "@/lib/http/client-address";
import { backends, skipPostgresReason, type TestStorage } from "../db/test-storage";
import { repoRoot } from "../fixtures";

// The booking form and the JSON API, counted the way the running site counts them: per client as TRUSTED_PROXY_HOPS
// reads it, in the database, one allowance for both.
const settings = readBookingSettings(path.join(repoRoot, "content"));
const mail = mailSettingsFrom(settings, { name: "Kofi Osei", role: "AI Operations", url: "https://ko.example" });
const NOW = new Date("2026-06-01T12:00:00Z");
const idle: BookingFormState = { status: "idle", submission: 0, values: emptyBookingForm(), fieldErrors: {} };

for (const backend of backends) {
  describe.skipIf(backend.skip)(`booking attempts counted in ${backend.name}${backend.skip ? ` (${skipPostgresReason})` : ""}`, () => {
    let test: TestStorage;
    beforeAll(async () => {
      test = await backend.create();
    });
    afterAll(async () => {
      await test?.cleanUp();
    });
    beforeEach(async () => {
      await test.storage.db.deleteFrom("rate_limit_counters").execute();
    });

    /** A context as one server process builds it: its own limiter object, the shared database behind it. */
    const contextWith = (trustedProxyHops: number, limit = 2): BookingContext => ({
      storage: async () => test.storage,
      settings,
      mail,
      now: () => NOW,
      rateLimiter: createRateLimiter(async () => test.storage, { scope: "booking", limit, windowMs: 600_000 }),
      trustedProxyHops,
    });
    const postFrom = (context: BookingContext, forwardedFor: string) =>
      handleBookingRequest(
        new Request("http://site.test/api/bookings", {
          method: "POST",
          body: "{}",
          headers: { "content-type": "application/json", "x-forwarded-for": forwardedFor },
        }),
        context,
      );

    it("behind two proxies, counts each client on its own instead of the outer proxy for everyone", async () => {
      const context = contextWith(2);
      for (let i = 0; i < 2; i++) expect((await postFrom(context, "203.0.113.5, 10.0.0.2")).status).toBe(400);
      expect((await postFrom(context, "203.0.113.5, 10.0.0.2")).status).toBe(429);
      expect((await postFrom(context, "198.51.100.9, 10.0.0.2")).status).toBe(400);
    });

    it("behind one proxy, a client gets no fresh allowance by sending X-Forwarded-For entries of its own", async () => {
      const context = contextWith(1);
      for (let i = 0; i < 2; i++) expect((await postFrom(context, `192.0.2.${i}, 203.0.113.5`)).status).toBe(400);
      expect((await postFrom(context, "192.0.2.77, 203.0.113.5")).status).toBe(429);
    });

    it("counts the addresses of one IPv6 /64 as one client", async () => {
      const context = contextWith(1);
      expect((await postFrom(context, "2001:db8:1:2:aaaa::1")).status).toBe(400);
      expect((await postFrom(context, "2001:db8:1:2:bbbb::2")).status).toBe(400);
      expect((await postFrom(context, "[2001:db8:1:2::3]:4431")).status).toBe(429);
      expect((await postFrom(context, "2001:db8:1:3::1")).status).toBe(400);
    });

    it("gives the form and the API one allowance, even when two server processes answer them", async () => {
      const api = contextWith(1);
      const form = contextWith(1);
      expect((await postFrom(api, "203.0.113.5")).status).toBe(400);
      const data = new FormData();
      data.set("email", "not an address");
      const clientAddress = clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.5" }), form.trustedProxyHops);
      const first = await submitBookingForm(idle, data, form, clientAddress);
      expect(first).toMatchObject({ kind: "state", state: { status: "error", fieldErrors: { email: expect.any(String) } } });
      const second = await submitBookingForm(idle, data, form, clientAddress);
      expect(second).toMatchObject({ kind: "state", state: { message: expect.stringMatching(/^There have been too many booking attempts/) } });
      expect((await postFrom(api, "203.0.113.5")).status).toBe(429);
    });
  });
}
