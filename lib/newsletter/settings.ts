/** What the newsletter's emails and pages are written from: the site and the consultant. */
export interface NewsletterSettings {
  site: { name: string; url: string };
  /** The series' name, as readers know it ("Field notes"). */
  seriesName: string;
  /** Where "Send me a test" goes: the consultant. */
  consultantAddress: string;
  /** What the components a note may use stand for in an email, which runs none of them. */
  noteData: NoteEmailData;
}

/** The content the note components show on the page, for writing them out in an email. */
export interface NoteEmailData {
  /** `<EngagementRange id>`: each engagement's published range, as the page shows it ("USD 6,000–9,000"). */
  ranges: Record<string, string>;
  /** `<ReadinessSignals />`: the self-check's question and signals; the email links to the check itself. */
  readiness: { legend: string; signals: string[] };
}

/** The kinds of email the newsletter queues, as the outbox and the admin know them. */
export const NEWSLETTER_KINDS = {
  confirm: "newsletter-confirm",
  alreadySubscribed: "newsletter-already-subscribed",
  note: "newsletter-note",
  test: "newsletter-test",
} as const;

/** Every kind a reader who leaves is no longer sent. */
export const READER_KINDS = [NEWSLETTER_KINDS.confirm, NEWSLETTER_KINDS.alreadySubscribed, NEWSLETTER_KINDS.note] as const;

/** How long a confirmation link works, and how long an unconfirmed address is kept. */
export const CONFIRM_DAYS = 7;
/** Asking again re-sends at most one email an hour. */
export const RESEND_AFTER_MS = 60 * 60_000;
