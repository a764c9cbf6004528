import { readSettingsFile } from "../content/settings";
import { contentDir } from "../content";
import { bookingSettingsSchema, type BookingSettings } from "./settings-schema";

export const BOOKING_SETTINGS_FILE = "booking.yaml";

/** Reads content/booking.yaml (or the same file in another content folder), validated. */
export function readBookingSettings(contentDir: string): BookingSettings {
  return readSettingsFile(contentDir, BOOKING_SETTINGS_FILE, bookingSettingsSchema);
}

let cached: BookingSettings | undefined;

/** The site's booking settings; read once per production process, on every call while writing. */
export function getBookingSettings(): BookingSettings {
  if (process.env.NODE_ENV === "development") return readBookingSettings(contentDir());
  cached ??= readBookingSettings(contentDir());
  return cached;
}
