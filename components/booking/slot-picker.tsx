"use client";

import { useMemo, useState, type ComponentProps } from "react";
import { groupSlotsByDay } from "@/lib/booking/slot-display";
import { errorId, fieldId } from "./field";

interface SlotPickerProps {
  slots: readonly { start: string; end: string }[];
  timeZone: string;
  /** After hydration: pick a day, then a time. Before it (or without JavaScript): every day's times at once. */
  interactive: boolean;
  selectedStart: string;
  error?: string;
  /** Whether the first control should take the focus (the picker holds the first error). */
  focusFirst: boolean;
}

const radioCard =
  "flex cursor-pointer items-center gap-2 rounded-lg border border-rule px-3 py-2 font-sans text-[0.95rem] has-[input:checked]:border-accent has-[input:checked]:bg-raised has-[input:checked]:font-semibold";

export function SlotPicker({ slots, timeZone, interactive, selectedStart, error, focusFirst }: SlotPickerProps) {
  const days = useMemo(() => groupSlotsByDay(slots.map((s) => ({ start: new Date(s.start), end: new Date(s.end) })), timeZone), [slots, timeZone]);
  const selectedDay = days.find((day) => day.slots.some((slot) => slot.start === selectedStart))?.date ?? "";
  const [day, setDay] = useState(selectedDay);
  const describedBy = error ? errorId("start") : undefined;

  if (!days.length) {
    return <p className="font-sans text-lg">There are no free times in the next few weeks. Please check back soon.</p>;
  }

  if (!interactive) {
    return (
      <div className="space-y-6">
        {days.map((group, dayIndex) => (
          <RadioGrid key={group.date} legend={group.label} describedBy={describedBy}>
            {group.slots.map((slot, slotIndex) => (
              <RadioCard
                key={slot.start}
                name="start"
                value={slot.start}
                defaultChecked={slot.start === selectedStart}
                id={dayIndex === 0 && slotIndex === 0 ? fieldId("start") : undefined}
                autoFocus={focusFirst && dayIndex === 0 && slotIndex === 0}
              >
                {slot.label}
              </RadioCard>
            ))}
          </RadioGrid>
        ))}
      </div>
    );
  }

  const chosen = days.find((group) => group.date === day);
  const dayLabel = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", month: "short", day: "numeric" });
  return (
    <div className="space-y-6">
      <RadioGrid legend="Day" describedBy={describedBy}>
        {days.map((group, index) => (
          <RadioCard
            key={group.date}
            name="day"
            value={group.date}
            checked={group.date === day}
            onChange={() => setDay(group.date)}
            id={index === 0 ? fieldId("start") : undefined}
            autoFocus={focusFirst && index === 0}
            aria-label={group.label}
          >
            <span aria-hidden="true">{dayLabel.format(new Date(group.slots[0]!.start))}</span>
          </RadioCard>
        ))}
      </RadioGrid>
      {chosen ? (
        <RadioGrid legend={`Time on ${chosen.label}`} describedBy={describedBy}>
          {chosen.slots.map((slot) => (
            <RadioCard key={slot.start} name="start" value={slot.start} defaultChecked={slot.start === selectedStart}>
              {slot.label}
            </RadioCard>
          ))}
        </RadioGrid>
      ) : (
        <p className="font-sans text-muted">Pick a day to see its times.</p>
      )}
    </div>
  );
}

/** One choice as a card: the whole card is the radio's label. */
function RadioCard({ children, ...input }: ComponentProps<"input"> & { children: React.ReactNode }) {
  return (
    <label className={radioCard}>
      <input type="radio" className="accent-accent" {...input} />
      {children}
    </label>
  );
}

/** One question of the picker: a legend over a grid of choice cards. */
function RadioGrid({ legend, describedBy, children }: { legend: string; describedBy?: string; children: React.ReactNode }) {
  return (
    <fieldset aria-describedby={describedBy}>
      <legend className="font-sans text-[0.95rem] font-semibold">{legend}</legend>
      <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">{children}</div>
    </fieldset>
  );
}
