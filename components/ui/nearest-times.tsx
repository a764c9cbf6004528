import { formatSlot } from "@/lib/booking/slot-display";

/** The free times next to one that was just taken, offered as radios beside the full picker; nothing when there are none. */
export function NearestTimes({
  slots,
  timeZone,
  firstId,
  autoFocusFirst,
}: {
  slots?: readonly { start: string; end: string }[];
  timeZone: string;
  /** The first radio's id; the caller owns its form's id scheme. */
  firstId: string;
  /** True when the time field holds the form's first error. */
  autoFocusFirst?: boolean;
}) {
  if (!slots?.length) return null;
  return (
    <fieldset>
      <legend className="font-sans text-[0.95rem] font-semibold">Nearest free times</legend>
      <div className="mt-2 grid gap-2 sm:grid-cols-2">
        {slots.map((slot, index) => (
          <label key={slot.start} className="flex cursor-pointer items-center gap-2 rounded-lg border border-rule px-3 py-2 font-sans text-[0.95rem] has-[input:checked]:border-accent has-[input:checked]:bg-raised">
            <input
              type="radio"
              name="start"
              value={slot.start}
              autoFocus={autoFocusFirst && index === 0}
              id={index === 0 ? firstId : undefined}
            />
            {formatSlot({ start: new Date(slot.start), end: new Date(slot.end) }, timeZone)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
