import { formatSlot } from "../slot-display";
import type { BookingRow } from "../../db/bookings";
import type { EmailBlock } from "../../email/compose-email";
import type { MailSettings } from "./mail-settings";

export const slotOf = (booking: Pick<BookingRow, "start_at" | "end_at">) => ({ start: new Date(booking.start_at), end: new Date(booking.end_at) });

/** The call's time on the founder's clock and, when it differs, on the consultant's. */
export function timeRows(booking: BookingRow, mail: MailSettings, label = "Time"): { label: string; value: string }[] {
  const rows = [{ label: `${label} (${booking.time_zone})`, value: formatSlot(slotOf(booking), booking.time_zone) }];
  if (booking.time_zone !== mail.consultantTimeZone) {
    rows.push({ label: `${label} for ${mail.site.name} (${mail.consultantTimeZone})`, value: formatSlot(slotOf(booking), mail.consultantTimeZone) });
  }
  return rows;
}

export function firstName(booking: Pick<BookingRow, "name">): string {
  return booking.name.trim().split(/\s+/)[0] ?? booking.name;
}

export const signOff = (mail: MailSettings): EmailBlock => ({ kind: "paragraph", text: `${mail.site.name}\n${mail.site.role}` });
