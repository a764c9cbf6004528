import { readSettingsFile } from "../content/settings";
import path from "node:path";
import { contentDir, readOnce } from "../content";
import { engagementsFileSchema } from "../content/engagement-schema";
import { homeContentSchema } from "../content/home-schema";
import { bookingSettingsSchema, type BookingSettings } from "./settings-schema";

export const BOOKING_SETTINGS_FILE = "booking.yaml";

/** Reads content/booking.yaml (or the same file in another content folder), validated, with the site's choices. */
export function readBookingSettings(contentDir: string): BookingSettings {
  const file = readSettingsFile(contentDir, BOOKING_SETTINGS_FILE, bookingSettingsSchema);
  const { readiness } = readSettingsFile(contentDir, "home.yaml", homeContentSchema);
  const { engagements } = readSettingsFile(contentDir, "engagements.yaml", engagementsFileSchema);
  return {
    ...file,
    form: {
      ...file.form,
      readinessSignals: readiness.signals.map(({ id, label }) => ({ id, label })),
      engagements: engagements.map(({ id, name }) => ({ id, label: name })),
    },
  };
}

/** The site's booking settings; read once per production process, on every call while writing. */
export function getBookingSettings(): BookingSettings {
  const dir = contentDir();
  return readOnce(path.join(dir, BOOKING_SETTINGS_FILE), () => readBookingSettings(dir));
}
