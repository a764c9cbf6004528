import fs from "node:fs";
import path from "node:path";
import { readNotes, type Note } from "./notes";
import { findReadNext, selectPublishedNotes } from "./publishing";
import { displayPath } from "./problems";
import { readOnce } from "./read-once";
import { readSettingsFile } from "./settings";
import { siteSettingsSchema, type SiteSettings } from "./site-schema";
import { engagementsFileSchema, type EngagementsFile } from "./engagement-schema";
import { findEngagement, toOffer, type Offer } from "./engagement-display";
import { homeContentSchema, type HomeContent } from "./home-schema";
import { aboutContentSchema, type AboutContent } from "./about-schema";
import { privacyContentSchema, type PrivacyContent } from "./privacy-schema";
import { BOOKING_SETTINGS_FILE, readBookingSettings } from "./booking-settings";
import type { BookingSettings } from "./booking-schema";

// The site's entry to its content: where it lives, and whether this process is previewing drafts.
export function contentDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR ?? "content");
}

const isPreview = () => process.env.NODE_ENV === "development";

/** Reads a file of the content folder through readOnce. */
function readContentFile<T>(name: string, read: (dir: string) => T): T {
  const dir = contentDir();
  return readOnce(path.join(dir, name), () => read(dir));
}

/** Every note file, validated. */
export function getAllNotes(): Note[] {
  return readContentFile("notes", (dir) => readNotes(path.join(dir, "notes")));
}

/** The notes a reader sees now, newest first. */
export function getPublishedNotes(now: Date = new Date()): Note[] {
  return selectPublishedNotes(getAllNotes(), { preview: isPreview(), now });
}

/** The notes readers can open now, drafts never included, even while previewing: what the newsletter sends. */
export function getLiveNotes(now: Date = new Date()): Note[] {
  return selectPublishedNotes(getAllNotes(), { preview: false, now });
}

/** When a note's file last changed on this server's disk (a deploy writes it anew). */
export function noteFileChangedAt(note: Note): Date | undefined {
  try {
    return fs.statSync(path.join(contentDir(), "notes", `${note.fileName}.mdx`)).mtime;
  } catch {
    return undefined;
  }
}

export function getPublishedNote(slug: string): Note | undefined {
  return getPublishedNotes().find((note) => note.slug === slug);
}

/** The note offered at the end of a note (see findReadNext): never a draft or a scheduled note, even in preview. */
export function getReadNext(slug: string, now: Date = new Date()) {
  return findReadNext(getAllNotes(), slug, now);
}

export function getSiteSettings(): SiteSettings {
  return readContentFile("site.yaml", (dir) => readSettingsFile(dir, "site.yaml", siteSettingsSchema));
}

/** content/engagements.yaml as written: the offers, the page's introduction and its questions. */
export function getEngagementsFile(): EngagementsFile {
  return readContentFile("engagements.yaml", (dir) => readSettingsFile(dir, "engagements.yaml", engagementsFileSchema));
}

/** The three offers in their order, each with its range written for people and its booking link. */
export function getOffers(): Offer[] {
  const { locale } = getSiteSettings();
  return getEngagementsFile().engagements.map((engagement) => toOffer(engagement, locale));
}

/** One offer by id ("scoping", "build", "fractional"); an unknown id throws an error naming the ids there are. */
export function getOffer(id: string): Offer {
  return findEngagement(getOffers(), id, displayPath(path.join(contentDir(), "engagements.yaml")));
}

export function getHomeContent(): HomeContent {
  return readContentFile("home.yaml", (dir) => readSettingsFile(dir, "home.yaml", homeContentSchema));
}

export function getAboutContent(): AboutContent {
  return readContentFile("about.yaml", (dir) => readSettingsFile(dir, "about.yaml", aboutContentSchema));
}

export function getPrivacyContent(): PrivacyContent {
  return readContentFile("privacy.yaml", (dir) => readSettingsFile(dir, "privacy.yaml", privacyContentSchema));
}

/** content/booking.yaml with the form's choices from home.yaml and engagements.yaml; read once per production process. */
export function getBookingSettings(): BookingSettings {
  return readContentFile(BOOKING_SETTINGS_FILE, readBookingSettings);
}

export type { Note } from "./notes";
export { noteSections } from "./notes";
export type { Offer } from "./engagement-display";
export type { EngagementId, InvestmentRange } from "./engagement-schema";
export type { HomeContent, ReadinessContent } from "./home-schema";
export type { AboutContent } from "./about-schema";
export type { SiteSettings } from "./site-schema";
export type { AvailabilityRules, BookingChoice, BookingSettings } from "./booking-schema";
export { findReadNext, countTags, type ReadNextReason } from "./publishing";
export { readOnce } from "./read-once";
