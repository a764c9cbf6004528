import fc from "fast-check";

// What a client can send, generated: every IANA zone in any letter case, dates at the ends of what a Date can hold,
// odd Unicode, control characters, huge and empty values, wrong types.

/**
 * The same cases on every run, so a failure in CI can be run again as it was; set PROPERTY_SEED to explore others
 * and PROPERTY_RUNS (default 2,000 a property) to try more of them.
 */
export const PROPERTY_RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
fc.configureGlobal({ seed: Number(process.env.PROPERTY_SEED ?? 20261129) });

const zones = Intl.supportedValuesOf("timeZone");

/** A real zone, spelled in a random letter case. */
export const zoneSpelling = fc
  .tuple(fc.constantFrom(...zones), fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }))
  .map(([zone, upper]) => [...zone].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase())).join(""));

/** Text no form would send: control characters, lone surrogates, right-to-left marks, emoji, very long runs. */
export const oddText = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u200f", "\u2028", "\ufeff", "\ud800", "<", ">", "'", "\\", "\t", "\n"), maxLength: 20 }),
  fc.nat({ max: 20_000 }).map((n) => "x".repeat(n)),
  fc.constant(""),
);

/** Instants at and past the edges of the representable range, written as a client might. */
export const edgeDateText = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom("+275760-09-13T00:00:00Z", "-271821-04-20T00:00:00Z", "+275760-09-13T00:00:00.001Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z"),
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T12:00:00Z`,
  ),
  oddText,
);

/** A calendar date as YYYY-MM-DD, real or not, anywhere in years 0–9999. */
export const edgeDay = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  ),
  fc.date({ noInvalidDate: true, min: new Date("2025-01-01"), max: new Date("2028-01-01") }).map((date) => date.toISOString().slice(0, 10)),
  oddText,
);

/** Any JSON value a client might put in a field. */
export const anyValue = fc.oneof(oddText, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(oddText, { maxLength: 5 }), fc.dictionary(oddText, oddText, { maxKeys: 3 }));

/** A field that is usually right and sometimes anything at all. */
export const mostly = <T>(good: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: good }, { weight: 1, arbitrary: anyValue });

/** Printable header text (a real server refuses anything else before the site sees it). */
export const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 80 });
