import ICAL from "ical.js";

export interface CalendarPerson {
  name: string;
  email: string;
}

/** One calendar event, as a calendar should save it. */
export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description: string;
  /** The video room. */
  url: string;
  /** When the file is made (DTSTAMP). */
  createdAt: Date;
  /** Raised on every change, so a calendar replaces its copy (RFC 5546). */
  sequence?: number;
  status?: "CONFIRMED" | "CANCELLED";
  organizer?: CalendarPerson;
  attendee?: CalendarPerson;
  /** A reminder the calendar shows before the event (VALARM, ACTION:DISPLAY). */
  alarm?: CalendarAlarm;
}

export interface CalendarAlarm {
  minutesBefore: number;
  /** What the reminder says. */
  description: string;
}

export type CalendarMethod = "PUBLISH" | "REQUEST" | "CANCEL";

export interface CalendarOptions {
  /** "none" for an event stored in a calendar over CalDAV, which must carry no METHOD (RFC 4791 4.1). */
  method?: CalendarMethod | "none";
  /** A subscribed calendar's display name (X-WR-CALNAME). */
  name?: string;
}

/** An iCalendar (RFC 5545) file with one event: see buildCalendar. */
export function buildIcs(event: CalendarEvent, method: CalendarMethod = "PUBLISH"): string {
  return buildCalendar([event], { method });
}

/** An iCalendar (RFC 5545) file: times in UTC, text escaped, lines folded at 75 octets and ended by CRLF. */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions = {}): string {
  const calendar = new ICAL.Component("vcalendar");
  calendar.addPropertyWithValue("version", "2.0");
  calendar.addPropertyWithValue("prodid", "-//ko//AI Operations intro call//EN");
  calendar.addPropertyWithValue("calscale", "GREGORIAN");
  if (options.method !== "none") calendar.addPropertyWithValue("method", options.method ?? "PUBLISH");
  // An X- property is of unknown type to ical.js, and unknown values are written unescaped: make it TEXT.
  if (options.name) calendar.addProperty(new ICAL.Property(["x-wr-calname", {}, "text", text(options.name)]));
  for (const event of events) calendar.addSubcomponent(vevent(event));
  return stringify(calendar);
}

function vevent(event: CalendarEvent): InstanceType<typeof ICAL.Component> {
  const component = new ICAL.Component("vevent");
  // Properties are written in the order they are added.
  const ics = new ICAL.Event(component);
  ics.uid = text(event.uid);
  ics.sequence = event.sequence ?? 0;
  component.addPropertyWithValue("dtstamp", utc(event.createdAt));
  ics.startDate = utc(event.start);
  ics.endDate = utc(event.end);
  ics.summary = text(event.title);
  ics.description = text(event.description);
  ics.location = text(event.url);
  component.addPropertyWithValue("url", event.url.replace(/\p{Cc}/gu, ""));
  if (event.organizer) person(component, "organizer", event.organizer);
  if (event.attendee) {
    const attendee = person(component, "attendee", event.attendee);
    attendee.setParameter("role", "REQ-PARTICIPANT");
    attendee.setParameter("rsvp", "FALSE");
  }
  component.addPropertyWithValue("status", event.status ?? "CONFIRMED");
  if (event.alarm) component.addSubcomponent(valarm(event.alarm));
  return component;
}

function valarm(alarm: CalendarAlarm): InstanceType<typeof ICAL.Component> {
  const component = new ICAL.Component("valarm");
  component.addPropertyWithValue("action", "DISPLAY");
  // A negative duration: before the start (RFC 5545 3.8.6.3), written -PT30M.
  component.addPropertyWithValue("trigger", ICAL.Duration.fromSeconds(-Math.round(alarm.minutesBefore * 60)));
  component.addPropertyWithValue("description", text(alarm.description));
  return component;
}

const utc = (date: Date) => ICAL.Time.fromJSDate(date, true);

// ical.js escapes "\n" in TEXT but passes "\r" through: make every line break a "\n" first.
const text = (value: string) => value.replace(/\r\n|\r/g, "\n");

function person(component: InstanceType<typeof ICAL.Component>, name: "organizer" | "attendee", who: CalendarPerson) {
  const property = component.addPropertyWithValue(name, `mailto:${who.email.replace(/[\s\p{Cc}:;,"]/gu, "")}`);
  // A parameter value cannot be escaped, only quoted: quotes and control characters are dropped from it.
  // One value in a list: see calendarDesign, which makes ical.js always quote it.
  property.setParameter("cn", [who.name.replace(/["\p{Cc}]/gu, "")]);
  return property;
}

/**
 * ical.js's iCalendar design, changed for writing only:
 * - CN is always quoted (ical.js quotes a parameter only when it holds `,`, `:` or `;`), so a name reads the
 *   same in every client. ical.js forces quotes only on the values of a list parameter, hence the one-value list.
 * - X-WR-CALNAME is TEXT by default, so it is escaped and written without `;VALUE=TEXT`.
 */
const icalendar = ICAL.design.icalendar;
const calendarDesign: typeof icalendar = {
  ...icalendar,
  param: { ...icalendar.param, cn: { multiValue: ",", multiValueSeparateDQuote: true } },
  property: { ...icalendar.property, "x-wr-calname": { defaultType: "text" } },
};

/**
 * ical.js folds by UTF-8 octets and never splits a character or a surrogate pair, but it fills each
 * continuation line with ICAL.foldLength octets after the leading space: 76 octets at the default of 75.
 * Folding at 74 keeps every line within RFC 5545's 75 (the first ones end an octet early). ICAL.foldLength is
 * ical.js's global setting, so it is restored at once; stringifying is synchronous, so nothing else sees it.
 */
function stringify(calendar: InstanceType<typeof ICAL.Component>): string {
  const foldLength = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    // ical.js ends the last line without a line break; RFC 5545 ends every content line with CRLF.
    return ICAL.stringify.component(calendar.toJSON(), calendarDesign) + "\r\n";
  } finally {
    ICAL.foldLength = foldLength;
  }
}
