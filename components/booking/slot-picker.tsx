"use client";

import { useMemo, useState, type ComponentProps } from "react";
import { calendarCells, countOfTimes, groupByPartOfDay, groupSlotsByDay, nightNote, type SlotOfDay } from "@/lib/booking/slot-display";
import { errorId, fieldId } from "./field";

interface SlotPickerProps {
  slots: readonly { start: string; end: string }[];
  timeZone: string;
  /** Whether JavaScript runs (false in the server's HTML and while hydrating): the calendar then takes the field's id. */
  interactive: boolean;
  selectedStart: string;
  error?: string;
  /** Whether the first control should take the focus (the picker holds the first error). */
  focusFirst: boolean;
}

// The time cards' look is the slot-card utility in app/globals.css: one short class on each of many cards (and their
// radios take the accent from the base styles there), so the full list without JavaScript stays light.
const radioCard = "slot-card";

const dayCard =
  "flex min-w-0 cursor-pointer flex-col items-center gap-0.5 rounded-lg border border-rule px-0.5 py-2 text-center font-sans leading-tight has-[input:checked]:border-accent has-[input:checked]:bg-raised has-[input:checked]:font-semibold";

// Abbreviated weekday headers over the calendar's columns; each day's radio carries its full name, so these are hidden.
const weekdayHeaders = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

const monthDay = new Intl.DateTimeFormat("en-US", { timeZone: "UTC", month: "short", day: "numeric" });
/** "Dec 1" on the first cell and on the first of a month, else "2". */
const dateInCell = (date: string, first: boolean) => (first || date.endsWith("-01") ? monthDay.format(new Date(`${date}T12:00:00Z`)) : String(Number(date.slice(8))));

export function SlotPicker({ slots, timeZone, interactive, selectedStart, error, focusFirst }: SlotPickerProps) {
  const days = useMemo(() => groupSlotsByDay(slots.map((s) => ({ start: new Date(s.start), end: new Date(s.end) })), timeZone), [slots, timeZone]);
  const selectedDay = days.find((day) => day.slots.some((slot) => slot.start === selectedStart))?.date ?? "";
  const [day, setDay] = useState(selectedDay);
  const describedBy = error ? errorId("start") : undefined;

  if (!days.length) {
    return <p className="font-sans text-lg">There are no free times in the next few weeks. Please check back soon.</p>;
  }

  const chosen = days.find((group) => group.date === day);
  const byDate = new Map(days.map((group) => [group.date, group]));
  const cells = calendarCells(days.map((group) => group.date));
  const firstOpen = days[0]!.date;
  // The field's id and the first error's focus belong to the list a visitor can use: the calendar once JavaScript
  // runs, the full list (in <noscript>) without it.
  const calendarFirstId = interactive ? fieldId("start") : undefined;
  return (
    <>
      <div className="space-y-6 noscript:hidden">
        <p className="font-sans text-[0.95rem]">
          Next available: <span className="font-semibold">{days[0]!.label}</span>
        </p>
        <fieldset aria-describedby={describedBy}>
          <legend className="font-sans text-[0.95rem] font-semibold">Day</legend>
          <div className="mt-2 grid grid-cols-7 gap-1 sm:gap-2">
            {weekdayHeaders.map((name) => (
              <div key={name} aria-hidden="true" className="pb-1 text-center font-sans text-xs font-medium uppercase tracking-wide text-muted">
                {name}
              </div>
            ))}
            {cells.map((cell, index) => {
              if (cell.kind === "blank") return <div key={`blank-${index}`} aria-hidden="true" />;
              if (cell.kind === "closed") {
                return (
                  <div key={cell.date} aria-hidden="true" className="px-0.5 py-2 text-center font-sans text-sm leading-tight text-muted">
                    {dateInCell(cell.date, false)}
                  </div>
                );
              }
              const group = byDate.get(cell.date)!;
              const countId = `day-${group.date}-count`;
              const first = group.date === firstOpen;
              return (
                <label key={group.date} className={dayCard}>
                  <input
                    type="radio"
                    name="day"
                    value={group.date}
                    checked={group.date === day}
                    onChange={() => setDay(group.date)}
                    id={first ? calendarFirstId : undefined}
                    autoFocus={interactive && focusFirst && first}
                    aria-label={group.label}
                    aria-describedby={countId}
                  />
                  <span aria-hidden="true" className="text-sm">
                    {dateInCell(group.date, first)}
                  </span>
                  <span id={countId} className="text-[0.7rem] text-muted sm:text-xs">
                    {countOfTimes(group.slots.length)}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
        {/* The chosen day's times join the calendar once JavaScript runs: until then they are in the full list below. */}
        {chosen && interactive ? (
          <fieldset aria-describedby={describedBy}>
            <legend className="font-sans text-[0.95rem] font-semibold">{`Time on ${chosen.label}`}</legend>
            <TimesByPartOfDay idPrefix={`times-${chosen.date}`} slots={chosen.slots} selectedStart={selectedStart} />
          </fieldset>
        ) : (
          <p className="font-sans text-muted">Pick a day to see its times.</p>
        )}
      </div>
      {/* Without JavaScript, every day's times at once. The browser builds these only when scripts cannot run, and
          React never hydrates them, so a visitor with JavaScript pays nothing for them but their bytes. */}
      <noscript>
        <div className="space-y-6">
          {days.map((group, dayIndex) => (
            <fieldset key={group.date} aria-describedby={describedBy}>
              <legend className="font-sans text-[0.95rem] font-semibold">{group.label}</legend>
              <TimesByPartOfDay
                idPrefix={`times-${group.date}`}
                slots={group.slots}
                selectedStart={selectedStart}
                firstId={dayIndex === 0 ? fieldId("start") : undefined}
                autoFocusFirst={focusFirst && dayIndex === 0}
              />
            </fieldset>
          ))}
        </div>
      </noscript>
    </>
  );
}

/** A day's times under Night, Morning, Afternoon and Evening (each a group named by its heading), night times marked. */
function TimesByPartOfDay({
  idPrefix,
  slots,
  selectedStart,
  firstId,
  autoFocusFirst = false,
}: {
  idPrefix: string;
  slots: readonly SlotOfDay[];
  selectedStart: string;
  firstId?: string;
  autoFocusFirst?: boolean;
}) {
  const first = slots[0]?.start;
  return (
    <div className="mt-2 space-y-4">
      {groupByPartOfDay(slots).map(({ part, slots: partSlots }) => {
        const headingId = `${idPrefix}-${part.toLowerCase()}`;
        return (
          <div key={part} role="group" aria-labelledby={headingId}>
            {/* A sub-heading in looks; a paragraph, so the page's heading levels do not depend on where the picker sits. */}
            <p id={headingId} className="font-sans text-sm font-medium text-muted">
              {part}
            </p>
            <div className="mt-1.5 grid grid-cols-2 gap-2 sm:grid-cols-4">
              {partSlots.map((slot) => {
                const note = nightNote(slot.minutes);
                return (
                  <RadioCard
                    key={slot.start}
                    name="start"
                    value={slot.start}
                    defaultChecked={slot.start === selectedStart}
                    id={slot.start === first ? firstId : undefined}
                    autoFocus={autoFocusFirst && slot.start === first}
                  >
                    {note ? (
                      <span className="flex flex-col">
                        <span>{slot.label}</span>
                        <span className="text-xs font-normal text-muted">{note}</span>
                      </span>
                    ) : (
                      slot.label
                    )}
                  </RadioCard>
                );
              })}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** One choice as a card: the whole card is the radio's label. */
function RadioCard({ children, ...input }: ComponentProps<"input"> & { children: React.ReactNode }) {
  return (
    <label className={radioCard}>
      <input type="radio" {...input} />
      {children}
    </label>
  );
}
