import type { Booking } from "../../db/bookings";
import type { EmailBlock, EmailFrame } from "../../email/compose-email";
import { formatSlot } from "../slot-display";
import type { MailSettings } from "./mail-settings";
import { zonePlace } from "../../time/zone-labels";

/** The call's time on the founder's clock and, when it differs, on the consultant's. */
export function timeRows(booking: Booking, mail: MailSettings, label = "Time"): { label: string; value: string }[] {
  const rows = [{ label: `${label} (${zonePlace(booking.timeZone)})`, value: formatSlot(booking, booking.timeZone) }];
  if (booking.timeZone !== mail.consultantTimeZone) {
    rows.push({ label: `${label} for ${mail.site.name} (${zonePlace(mail.consultantTimeZone)})`, value: formatSlot(booking, mail.consultantTimeZone) });
  }
  return rows;
}

export const signOff = (mail: MailSettings): EmailBlock => ({ kind: "paragraph", text: `${mail.site.name}\n${mail.site.role}` });

/** The head of every booking email's HTML part: the consultant's name and role, as on the site. */
export const bookingFrame = (mail: MailSettings): EmailFrame => ({ masthead: { title: mail.site.name, subtitle: mail.site.role } });

const siteLink = (mail: MailSettings, path: string) => `${mail.site.url.replace(/\/+$/, "")}${path}`;

/** The booking's page in the admin. */
export const adminBookingUrl = (booking: Booking, mail: MailSettings) => siteLink(mail, `/admin/bookings/${encodeURIComponent(booking.id)}`);

/** The page to book a call on. */
export const bookUrl = (mail: MailSettings) => siteLink(mail, "/book");
