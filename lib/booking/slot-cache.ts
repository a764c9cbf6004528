import { createHash } from "node:crypto";
import type { Storage } from "../db/connect";
import { readAvailabilityVersion } from "../db/availability-version";
import type { AvailabilityRules } from "../content/booking-schema";
import type { Slot } from "./availability";

/**
 * The free times of the booking window, worked out once for what they depend on and shared by every request that
 * asks in the meantime (the booking page and the API alike):
 * - the rules, by their content (the page's and the API's bundles each read booking.yaml into an object of their own);
 * - what is taken, by the number in `availability_version`, which triggers raise inside every transaction that
 *   writes a booking's time or status, time off or a calendar's copy. It is read before what is taken, so a write
 *   that lands in between makes the entry newer than its number, never older: the next request sees a new number and
 *   works the times out again. Every process on the database reads the same row, so a booking made by one is never
 *   offered by another from memory;
 * - the minute: with whole minutes of notice, every instant strictly inside a minute offers the same times (slots start
 *   on whole minutes), so they are kept for the minute; the minute's first instant has an entry of its own. A
 *   calendar's copy going stale is seen at the next minute.
 * The entries live on globalThis, per storage: the server's pages and route handlers are separate bundles.
 */
export async function cachedBookableSlots(
  storage: Storage,
  rules: AvailabilityRules,
  now: Date,
  compute: () => Promise<Slot[]>,
): Promise<readonly Slot[]> {
  const version = await readAvailabilityVersion(storage.db);
  const key = `${rulesKey(rules)}|${version}|${minuteKey(rules, now)}`;
  const entries = entriesFor(storage);
  const known = entries.get(key);
  if (known) return known;
  const slots = compute();
  entries.set(key, slots);
  // A few keys at once at most (a minute turning over while a booking is written): the oldest go first.
  for (const oldest of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) break;
    entries.delete(oldest);
  }
  slots.catch(() => {
    if (entries.get(key) === slots) entries.delete(key);
  });
  return slots;
}

const MAX_ENTRIES = 8;
const MINUTE = 60_000;

/**
 * Something made from one entry's free times (the API's answer for a range and a zone, written out once), kept for
 * as long as the entry is the one offered: the same free times, the same minute, the same state of what is taken.
 * `key` must name everything else it is made from. Each entry keeps the last MAX_DERIVED keys, since the ranges and
 * zones come from visitors' queries; the whole set goes with its entry.
 */
export function derivedFromSlots<T>(slots: readonly Slot[], key: string, make: () => T): T {
  let made = derived.get(slots);
  if (!made) derived.set(slots, (made = new Map()));
  if (made.has(key)) return made.get(key) as T;
  const value = make();
  made.set(key, value);
  for (const oldest of made.keys()) {
    if (made.size <= MAX_DERIVED) break;
    made.delete(oldest);
  }
  return value;
}

const MAX_DERIVED = 32;
// Per bundle, unlike the entries: only the bundle that made a value knows what its key means.
const derived = new WeakMap<readonly Slot[], Map<string, unknown>>();

type Entries = Map<string, Promise<readonly Slot[]>>;
const shared = globalThis as typeof globalThis & { bookableSlotsCache?: WeakMap<Storage, Entries> };

function entriesFor(storage: Storage): Entries {
  shared.bookableSlotsCache ??= new WeakMap();
  let entries = shared.bookableSlotsCache.get(storage);
  if (!entries) shared.bookableSlotsCache.set(storage, (entries = new Map()));
  return entries;
}

/** The minute `now` falls in, its first instant apart; the instant itself when the notice is not whole minutes. */
function minuteKey(rules: AvailabilityRules, now: Date): string {
  const ms = now.getTime();
  if (!Number.isInteger(rules.minimumNoticeHours * 60)) return `at ${ms}`;
  return ms % MINUTE === 0 ? `${ms / MINUTE} start` : `${Math.floor(ms / MINUTE)}`;
}

const rulesKeys = new WeakMap<object, string>();

/** A digest of the rules' content, worked out once per rules object. */
function rulesKey(rules: AvailabilityRules): string {
  let key = rulesKeys.get(rules);
  if (!key) rulesKeys.set(rules, (key = createHash("sha256").update(JSON.stringify(rules)).digest("base64url")));
  return key;
}
