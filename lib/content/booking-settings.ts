import { readSettingsFile } from "./settings";
import { engagementsFileSchema } from "./engagement-schema";
import { homeContentSchema } from "./home-schema";
import { bookingSettingsSchema, type BookingSettings } from "./booking-schema";

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
