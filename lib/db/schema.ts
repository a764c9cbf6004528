import type { Generated } from "kysely";

/** Where a booking stands. "held", "no_show" are for the consultant's later handling; only "cancelled" frees the slot. */
export type BookingStatus = "confirmed" | "held" | "cancelled" | "no_show";

// Instants are stored as ISO-8601 UTC text (2026-12-01T14:00:00.000Z) on both databases: it sorts and compares as
// text, and the same rows come back from SQLite and PostgreSQL without driver-specific date handling.
export interface BookingsTable {
  id: string;
  start_at: string;
  end_at: string;
  status: Generated<BookingStatus>;
  name: string;
  email: string;
  company: string | null;
  team_size: string | null;
  message: string | null;
  /** JSON array of readiness signal ids. */
  readiness: string;
  engagement: string | null;
  /** The page the visitor came from, as a path. */
  source: string | null;
  /** The zone the visitor read the time in. */
  time_zone: string;
  created_at: string;
  updated_at: string;
  /** SHA-256 of the founder's manage token; the token itself is never stored. */
  manage_token_hash: string | null;
  /** Raised on every change of time or status, for the calendar invite's SEQUENCE. */
  sequence: Generated<number>;
  /** The consultant's private note. */
  admin_note: string | null;
  cancelled_by: "founder" | "consultant" | null;
  /** A hash of the address the booking came from, for the cap on upcoming calls per connection; null when unknown. */
  client_key: string | null;
}

/** Further keys to a booking's own page, besides the first (sent again when a founder asks to book a second call). */
export interface BookingManageLinksTable {
  token_hash: string;
  booking_id: string;
  created_at: string;
}

export type OutboxStatus = "pending" | "sent" | "failed" | "cancelled";

/**
 * One email waiting to be sent, sent, given up on, or no longer wanted (a reminder for a cancelled call). The queue
 * knows nothing of what an email is about: whoever queues it writes down what the sender needs to know.
 */
export interface OutboxTable {
  id: string;
  /** What the email is about, for finding its siblings: "booking:<id>". */
  topic: string | null;
  kind: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  /** An iCalendar attachment, when the email carries one. */
  ics: string | null;
  status: Generated<OutboxStatus>;
  attempts: Generated<number>;
  /** Not before this instant: a reminder's time, or the next try after a failure. */
  send_after: string;
  /** Not after this instant: past it the email is withdrawn unsent, `stale_note` saying why. */
  send_before: string | null;
  stale_note: string | null;
  /** A regular expression (flag g) whose matches the stored copy loses once sent or withdrawn, and the admin never sees. */
  redact_pattern: string | null;
  redact_replacement: string | null;
  /** The sender holding the row, until when; another sender may take it once the claim has run out. */
  claimed_by: string | null;
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  sent_at: string | null;
  /** Makes the email unique: a second one queued with the same key is not added ("newsletter:<note>:<reader>"). */
  dedupe_key: string | null;
  /** Extra headers, as a JSON object of name to value (List-Unsubscribe). */
  headers: string | null;
  /** 1 for mail to many (the newsletter): it goes after everything else that is due, at a set pace. */
  bulk: Generated<number>;
}

export interface OutboxAttemptsTable {
  id: string;
  outbox_id: string;
  attempted_at: string;
  outcome: "sent" | "failed";
  error: string | null;
}

export interface AdminLoginFailuresTable {
  /** The client address the failures came from. */
  address: string;
  failures: number;
  first_failed_at: string;
  locked_until: string | null;
}

export interface AdminSettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** Attempts on one rate-limited key ("booking:<client>", "login:all") in one fixed window. */
export interface RateLimitCountersTable {
  key: string;
  window_start: string;
  attempts: number;
  /** The window's end: past it the row is deleted. */
  expires_at: string;
}

/** A stretch the consultant blocked from the admin (a holiday, a conference): no calls from `start_at` to `end_at`. */
export interface TimeOffTable {
  id: string;
  start_at: string;
  /** Exclusive: a call may start at this instant. */
  end_at: string;
  /** The consultant's own words for it ("Dentist"); shown only in the admin. */
  note: string | null;
  created_at: string;
}

/** One of the consultant's calendars: the last good copy of its busy times, and how its reads went. */
export interface CalendarSourcesTable {
  /** The calendar's id in booking.yaml. */
  id: string;
  /** JSON: [[start, end], ...] as ISO-8601 UTC, the busy times of the window last read. */
  busy: Generated<string>;
  events_read: Generated<number>;
  /** A subscription's last iCalendar text, read again when the server answers 304 Not Modified. */
  body: string | null;
  etag: string | null;
  last_modified: string | null;
  /** The last read that succeeded (or was answered "not modified"). */
  fetched_at: string | null;
  attempted_at: string | null;
  last_error: string | null;
  /** When the reads began to fail; null while they succeed. */
  failing_since: string | null;
  /** When the consultant was emailed about this run of failures. */
  alerted_at: string | null;
  /** The process reading the calendar now, until when. */
  lease_owner: string | null;
  lease_until: string | null;
  /** The process writing bookings into this calendar now, until when: one writer at a time keeps the writes in order. */
  write_lease_owner: string | null;
  write_lease_until: string | null;
}

/** One change to copy into a calendar: the item (a booking) as it stands at `version` or later. */
export interface CalendarWritesTable {
  id: string;
  calendar_id: string;
  /** What to write, in the queuer's words: "booking:<id>". */
  item: string;
  /** The item's change counter when queued; a write of a later version does this one too. */
  version: number;
  status: Generated<"pending" | "done">;
  attempts: Generated<number>;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
  done_at: string | null;
}

/**
 * One row (id 1): a number raised by triggers on every write to a booking's time or status, to time off and to a
 * calendar's copy of its busy times. Free times kept in memory hold while it stays the same.
 */
export interface AvailabilityVersionTable {
  id: number;
  version: number;
}

export interface Database {
  bookings: BookingsTable;
  booking_manage_links: BookingManageLinksTable;
  outbox: OutboxTable;
  outbox_attempts: OutboxAttemptsTable;
  admin_login_failures: AdminLoginFailuresTable;
  admin_settings: AdminSettingsTable;
  rate_limit_counters: RateLimitCountersTable;
  time_off: TimeOffTable;
  calendar_sources: CalendarSourcesTable;
  calendar_writes: CalendarWritesTable;
  subscribers: SubscribersTable;
  subscriber_keys: SubscriberKeysTable;
  newsletter_notes: NewsletterNotesTable;
  availability_version: AvailabilityVersionTable;
}

export type SubscriberStatus = "pending" | "confirmed" | "unsubscribed";

/** A reader who asked for new notes by email: the address, its state and the dates, nothing else. */
export interface SubscribersTable {
  id: string;
  /** Lower-cased and trimmed. */
  email: string;
  status: SubscriberStatus;
  created_at: string;
  /** When the last confirmation email was queued, so asking again re-sends at most one an hour. */
  confirm_sent_at: string | null;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  updated_at: string;
}

/** A key in a link a subscriber was sent: to confirm (expires) or to leave. Only its SHA-256 is stored. */
export interface SubscriberKeysTable {
  token_hash: string;
  subscriber_id: string;
  purpose: "confirm" | "leave";
  created_at: string;
  expires_at: string | null;
  used_at: string | null;
}

/** A note the site has seen live: "sent" to the subscribers of the day, or "back-catalogue" (live before sending began). */
export interface NewsletterNotesTable {
  slug: string;
  state: "sent" | "back-catalogue";
  live_at: string;
  queued_at: string | null;
}
