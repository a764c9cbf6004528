import { createHash } from "node:crypto";
import type { Kysely } from "kysely";
import type { BookingLimits } from "../content/booking-schema";
import { addManageLink, findUpcomingBookingsBy } from "../db/bookings";
import type { Database } from "../db/schema";
import { UNKNOWN_CLIENT } from "../http/client-address";
import { createManageToken } from "./manage-token";
import { enqueueAlreadyBookedEmail } from "./notifications/booking-mail";
import type { MailSettings } from "./notifications/mail-settings";

// The caps on upcoming calls, so one person cannot fill the calendar: per email address and per connection.

/** Who asks, for the caps on upcoming calls: their connection's address ("unknown" when no proxy said) and the caps. */
export interface BookingGuard {
  limits: BookingLimits;
  clientAddress: string;
}

// The connection a booking came from, kept only as a hash: enough to count, nothing to read back.
export function hashedClientKey(address: string): string | undefined {
  if (!address || address === UNKNOWN_CLIENT) return undefined;
  return createHash("sha256").update(`client:${address}`).digest("hex").slice(0, 32);
}

/** Inside the booking's transaction: whether this email address or connection already holds its upcoming calls. */
export async function overLimit(
  db: Kysely<Database>,
  guard: BookingGuard,
  clientKey: string | undefined,
  email: string,
  mail: MailSettings,
  now: Date,
): Promise<{ kind: "limit"; which: "email" | "address" } | undefined> {
  const upcoming = await findUpcomingBookingsBy(db, { email, ...(clientKey ? { clientKey } : {}) }, now);
  const sameEmail = upcoming.filter((booking) => booking.email.toLowerCase() === email.toLowerCase());
  if (sameEmail.length >= guard.limits.upcomingCallsPerEmail) {
    const newToken = async () => {
      const link = createManageToken();
      await addManageLink(db, sameEmail[0]!.id, link.hash, now);
      return link.token;
    };
    await enqueueAlreadyBookedEmail(db, sameEmail[0]!, newToken, mail, now);
    return { kind: "limit", which: "email" };
  }
  const sameConnection = clientKey ? upcoming.filter((booking) => booking.clientKey === clientKey) : [];
  if (sameConnection.length >= guard.limits.upcomingCallsPerAddress) return { kind: "limit", which: "address" };
  return undefined;
}
