import type { Kysely, Selectable } from "kysely";
import type { BookingStatus, BookingsTable, Database } from "./schema";

export type BookingRow = Selectable<BookingsTable>;

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
}

export async function insertBooking(db: Kysely<Database>, booking: NewBooking): Promise<BookingRow> {
  const created = booking.createdAt.toISOString();
  return db
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
      created_at: created,
      updated_at: created,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
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

export async function findBookingById(db: Kysely<Database>, id: string): Promise<BookingRow | undefined> {
  return db.selectFrom("bookings").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function findBookingByManageTokenHash(db: Kysely<Database>, hash: string): Promise<BookingRow | undefined> {
  return db.selectFrom("bookings").selectAll().where("manage_token_hash", "=", hash).executeTakeFirst();
}

/** Moves a booking to a new time in place, raising its change counter. */
export async function moveBookingTime(db: Kysely<Database>, id: string, start: Date, end: Date, now: Date): Promise<BookingRow> {
  return db
    .updateTable("bookings")
    .set((eb) => ({ start_at: start.toISOString(), end_at: end.toISOString(), sequence: eb("sequence", "+", 1), updated_at: now.toISOString() }))
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Cancels a booking, freeing its time, and raises its change counter for the calendar's CANCEL. */
export async function markBookingCancelled(db: Kysely<Database>, id: string, by: "founder" | "consultant", now: Date): Promise<BookingRow> {
  return db
    .updateTable("bookings")
    .set((eb) => ({ status: "cancelled", cancelled_by: by, sequence: eb("sequence", "+", 1), updated_at: now.toISOString() }))
    .where("id", "=", id)
    .returningAll()
    .executeTakeFirstOrThrow();
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

export async function listBookings(db: Kysely<Database>, view: BookingListView, now: Date): Promise<BookingRow[]> {
  const query = db.selectFrom("bookings").selectAll();
  if (view === "cancelled") return query.where("status", "=", "cancelled").orderBy("start_at", "desc").execute();
  const live = query.where("status", "<>", "cancelled");
  if (view === "upcoming") return live.where("end_at", ">", now.toISOString()).orderBy("start_at", "asc").execute();
  return live.where("end_at", "<=", now.toISOString()).orderBy("start_at", "desc").execute();
}

/** Every booking, upcoming first, then the past from the latest back, then the cancelled ones: for the export. */
export async function listAllBookings(db: Kysely<Database>, now: Date): Promise<BookingRow[]> {
  const lists = await Promise.all((["upcoming", "past", "cancelled"] as const).map((view) => listBookings(db, view, now)));
  return lists.flat();
}

/** Bookings that still hold their time and end after `after`, for the consultant's calendar feed. */
export async function listLiveBookingsEndingAfter(db: Kysely<Database>, after: Date): Promise<BookingRow[]> {
  return db
    .selectFrom("bookings")
    .selectAll()
    .where("status", "<>", "cancelled")
    .where("end_at", ">", after.toISOString())
    .orderBy("start_at")
    .execute();
}

export async function setAdminNote(db: Kysely<Database>, id: string, note: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable("bookings")
    .set({ admin_note: note === "" ? null : note, updated_at: now.toISOString() })
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Marks how a call went; a cancelled booking stays cancelled. False when there is no such live booking. */
export async function markBookingOutcome(db: Kysely<Database>, id: string, status: "held" | "no_show", now: Date): Promise<boolean> {
  const result = await db
    .updateTable("bookings")
    .set({ status, updated_at: now.toISOString() })
    .where("id", "=", id)
    .where("status", "<>", "cancelled")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
