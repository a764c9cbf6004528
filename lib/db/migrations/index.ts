import type { Migration } from "kysely";
import * as createBookings from "./0001-create-bookings";
import * as emailManageAndAdmin from "./0002-email-manage-and-admin";
import * as genericOutbox from "./0003-generic-outbox";
import * as sharedRateLimits from "./0004-shared-rate-limits";
import * as bookingCaps from "./0005-booking-caps";
import * as timeOff from "./0006-time-off";
import * as calendars from "./0007-calendars";
import * as newsletter from "./0008-newsletter";
import * as availabilityVersion from "./0009-availability-version";

// Listed by hand, not read from a folder, so the bundled server carries them. Numbered; never renumber or edit one
// that has shipped: add the next.
export const migrations: Record<string, Migration> = {
  "0001-create-bookings": createBookings,
  "0002-email-manage-and-admin": emailManageAndAdmin,
  "0003-generic-outbox": genericOutbox,
  "0004-shared-rate-limits": sharedRateLimits,
  "0005-booking-caps": bookingCaps,
  "0006-time-off": timeOff,
  "0007-calendars": calendars,
  "0008-newsletter": newsletter,
  "0009-availability-version": availabilityVersion,
};
