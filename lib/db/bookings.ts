import type { Kysely, Selectable } from "kysely";
import type { BookingStatus, BookingsTable, Database } from "./schema";

type BookingRow = Selectable<BookingsTable>;

/** A booking as the rest of the site knows it: instants as Dates, answers as read, names in camelCase. */
export interface Booking {
  id: string;
  start: Date;
  end: Date;
  status: BookingStatus;
  name: string;
  email: string;
  company: string | null;
  teamSize: string | null;
  message: string | null;
  /** The readiness signals ticked, by id. */
  readiness: string[];
  engagement: string | null;
  /** The page on this site the founder came from, as a path. */
  source: string | null;
  /** The zone the founder read the time in. */
  timeZone: string;
  createdAt: Date;
  updatedAt: Date;
  /** Raised on every change of time or status, for the calendar invite's SEQUENCE. */
  sequence: number;
  /** The consultant's private note. */
  adminNote: string | null;
  cancelledBy: "founder" | "consultant" | null;
  /** A hash of the connection it was booked from, when known: what the cap per connection counts. */
  clientKey: string | null;
}

// A list written by an older version, or edited by hand, still reads: anything but a list of ids is no ids.
function readinessIds(json: string): string[] {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? parsed.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

/** The one place a stored row becomes a Booking. */
function toBooking(row: BookingRow): Booking {
  return {
    id: row.id,
    start: new Date(row.start_at),
    end: new Date(row.end_at),
    status: row.status,
    name: row.name,
    email: row.email,
    company: row.company,
    teamSize: row.team_size,
    message: row.message,
    readiness: readinessIds(row.readiness),
    engagement: row.engagement,
    source: row.source,
    timeZone: row.time_zone,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    sequence: row.sequence,
    adminNote: row.admin_note,
    cancelledBy: row.cancelled_by,
    clientKey: row.client_key,
  };
}

const toBookingOrUndefined = (row: BookingRow | undefined) => (row ? toBooking(row) : undefined);

export interface NewBooking {
  id: string;
  start: Date;
  end: Date;
  name: string;
  email: string;
  company?: string;
  teamSize?: string;
  message?: string;
  readiness: readonly string[];
  engagement?: string;
  source?: string;
  timeZone: string;
  createdAt: Date;
  /** SHA-256 of the founder's manage token. */
  manageTokenHash: string;
  /** A hash of the address it came from, when known. */
  clientKey?: string;
}

export async function insertBooking(db: Kysely<Database>, booking: NewBooking): Promise<Booking> {
  const created = booking.createdAt.toISOString();
  const row = await db
    .insertInto("bookings")
    .values({
      id: booking.id,
      start_at: booking.start.toISOString(),
      end_at: booking.end.toISOString(),
      status: "confirmed",
      name: booking.name,
      email: booking.email,
      company: booking.company ?? null,
      team_size: booking.teamSize ?? null,
      message: booking.message ?? null,
      readiness: JSON.stringify(booking.readiness),
      engagement: booking.engagement ?? null,
      source: booking.source ?? null,
      time_zone: booking.timeZone,
      manage_token_hash: booking.manageTokenHash,
      client_key: booking.clientKey ?? null,
      created_at: created,
      updated_at: created,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBooking(row);
}

/** The start and end of every booking that still holds its time and ends after `after`, but for one left out. */
export async function findLiveBookingTimes(db: Kysely<Database>, after: Date, exceptId?: string): Promise<{ start: Date; end: Date }[]> {
  let query = db
    .selectFrom("bookings")
    .select(["start_at", "end_at"])
    .where("status", "<>", "cancelled")
    .where("end_at", ">", after.toISOString());
  if (exceptId) query = query.where("id", "<>", exceptId);
  const rows = await query.orderBy("start_at").execute();
  return rows.map((row) => ({ start: new Date(row.start_at), end: new Date(row.end_at) }));
}

/** The booking with this id; undefined for none, and for text no id looks like (PostgreSQL refuses some, like NUL). */
export async function findBookingById(db: Kysely<Database>, id: string): Promise<Booking | undefined> {
  if (!/^[\w-]{1,100}$/.test(id)) return undefined;
  return toBookingOrUndefined(await db.selectFrom("bookings").selectAll().where("id", "=", id).executeTakeFirst());
}

/** The booking a manage token opens: its first token, or one of the further ones handed out since. */
export async function findBookingByManageTokenHash(db: Kysely<Database>, hash: string): Promise<Booking | undefined> {
  const row = await db
    .selectFrom("bookings")
    .selectAll()
    .where((eb) =>
      eb.or([
        eb("manage_token_hash", "=", hash),
        eb("id", "in", eb.selectFrom("booking_manage_links").select("booking_id").where("token_hash", "=", hash)),
      ]),
    )
    .executeTakeFirst();
  return toBookingOrUndefined(row);
}

/** Another key to a booking's page; the earlier ones keep working. */
export async function addManageLink(db: Kysely<Database>, bookingId: string, hash: string, now: Date): Promise<void> {
  await db.insertInto("booking_manage_links").values({ token_hash: hash, booking_id: bookingId, created_at: now.toISOString() }).execute();
}

/**
 * The live calls not yet over that were booked with this email address (in any letter case) or, when given, from
 * this connection: what the caps on upcoming calls count. Earliest first.
 */
export async function findUpcomingBookingsBy(db: Kysely<Database>, who: { email: string; clientKey?: string }, now: Date): Promise<Booking[]> {
  const rows = await db
    .selectFrom("bookings")
    .selectAll()
    .where("status", "<>", "cancelled")
    .where("end_at", ">", now.toISOString())
    .where((eb) => {
      const byEmail = eb(eb.fn("lower", ["email"]), "=", who.email.toLowerCase());
      return who.clientKey ? eb.or([byEmail, eb("client_key", "=", who.clientKey)]) : byEmail;
    })
    .orderBy("start_at")
    .execute();
  return rows.map(toBooking);
}

/** Moves a booking to a new time in place, raising its change counter. */
export async function moveBookingTime(db: Kysely<Database>, id: string, start: Date, end: Date, now: Date): Promise<Booking> {
  const row = await db
    .updateTable("bookings")
    .set((eb) => ({ start_at: start.toISOString(), end_at: end.toISOString(), sequence: eb("sequence", "+", 1), updated_at: now.toISOString() }))
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBooking(row);
}

/** Cancels a booking, freeing its time, and raises its change counter for the calendar's CANCEL. */
export async function markBookingCancelled(db: Kysely<Database>, id: string, by: "founder" | "consultant", now: Date): Promise<Booking> {
  const row = await db
    .updateTable("bookings")
    .set((eb) => ({ status: "cancelled", cancelled_by: by, sequence: eb("sequence", "+", 1), updated_at: now.toISOString() }))
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toBooking(row);
}

export async function setBookingStatus(db: Kysely<Database>, id: string, status: BookingStatus, now: Date): Promise<void> {
  await db.updateTable("bookings").set({ status, updated_at: now.toISOString() }).where("id", "=", id).execute();
}

export async function countBookings(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom("bookings").select((eb) => eb.fn.countAll<string | number>().as("count")).executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The admin's three lists: calls still to come, calls that have happened, and cancelled ones. */
export type BookingListView = "upcoming" | "past" | "cancelled";

export async function listBookings(db: Kysely<Database>, view: BookingListView, now: Date): Promise<Booking[]> {
  const query = db.selectFrom("bookings").selectAll();
  const live = query.where("status", "<>", "cancelled");
  const rows =
    view === "cancelled"
      ? await query.where("status", "=", "cancelled").orderBy("start_at", "desc").execute()
      : view === "upcoming"
        ? await live.where("end_at", ">", now.toISOString()).orderBy("start_at", "asc").execute()
        : await live.where("end_at", "<=", now.toISOString()).orderBy("start_at", "desc").execute();
  return rows.map(toBooking);
}

/** Every booking, upcoming first, then the past from the latest back, then the cancelled ones: for the export. */
export async function listAllBookings(db: Kysely<Database>, now: Date): Promise<Booking[]> {
  const lists = await Promise.all((["upcoming", "past", "cancelled"] as const).map((view) => listBookings(db, view, now)));
  return lists.flat();
}

/** Bookings that still hold their time and end after `after`, for the consultant's calendar feed. */
export async function listLiveBookingsEndingAfter(db: Kysely<Database>, after: Date): Promise<Booking[]> {
  const rows = await db
    .selectFrom("bookings")
    .selectAll()
    .where("status", "<>", "cancelled")
    .where("end_at", ">", after.toISOString())
    .orderBy("start_at")
    .execute();
  return rows.map(toBooking);
}

export async function setAdminNote(db: Kysely<Database>, id: string, note: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("bookings")
    .set({ admin_note: note === "" ? null : note, updated_at: now.toISOString() })
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Marks how a call went, once it has started; a cancelled booking stays cancelled. False when there is no such live,
 * started booking.
 */
export async function markBookingOutcome(db: Kysely<Database>, id: string, status: "held" | "no_show", now: Date): Promise<boolean> {
  const result = await db
    .updateTable("bookings")
    .set({ status, updated_at: now.toISOString() })
    .where("id", "=", id)
    .where("status", "<>", "cancelled")
    .where("start_at", "<=", now.toISOString())
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
