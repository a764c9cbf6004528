import type { Engagement, InvestmentRange } from "./engagement-schema";

/**
 * "USD 12,000–18,000", or "USD 4,000–6,000 / month" for a monthly fee: whole amounts, joined by an en dash, led by the
 * currency's code, so a visitor abroad never has to guess which dollar (or which currency) a price is in.
 */
export function formatInvestmentRange(range: InvestmentRange, locale = "en-US"): string {
  const money = moneyFormat(locale, range.currency);
  // One price, not a range, when the consultant sets low and high to the same amount. formatRange writes the code
  // once, where the locale puts it: "USD 6,000–9,000", "6.000–9.000 EUR".
  const amount = range.low === range.high ? money.format(range.low) : money.formatRange(range.low, range.high);
  return range.cadence === "monthly" ? `${amount} / month` : amount;
}

// A formatter is slow to make (a tenth of a millisecond or more) and a page rendered per request that shows prices asks
// for one per offer: made once per locale and currency, of which the content has a handful.
const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: "currency", currency, currencyDisplay: "code", minimumFractionDigits: 0, maximumFractionDigits: 0 });
    moneyFormats.set(key, format);
  }
  return format;
}

/** Where an offer's "Start a conversation" leads: the booking form, told which offer the reader was looking at. */
export function bookingHref(id?: Engagement["id"]): string {
  return id ? `/book?engagement=${encodeURIComponent(id)}` : "/book";
}

/** An engagement as a page shows it: with its range written for people and its booking link. */
export interface Offer extends Engagement {
  priceLabel: string;
  bookingHref: string;
}

export function toOffer(engagement: Engagement, locale?: string): Offer {
  return { ...engagement, priceLabel: formatInvestmentRange(engagement.investment, locale), bookingHref: bookingHref(engagement.id) };
}

/** One engagement by its id, or an error that names the ids there are (a note may ask for one that does not exist). */
export function findEngagement<T extends Pick<Engagement, "id">>(engagements: readonly T[], id: string, file = "content/engagements.yaml"): T {
  const found = engagements.find((engagement) => engagement.id === id);
  if (!found) {
    throw new Error(`There is no engagement with id "${id}" in ${file}; the ids are ${engagements.map((e) => e.id).join(", ")}`);
  }
  return found;
}
