import path from "node:path";
import { formatInvestmentRange } from "../../../lib/content/engagement-display";
import { engagementsFileSchema } from "../../../lib/content/engagement-schema";
import { homeContentSchema } from "../../../lib/content/home-schema";
import { readSettingsFile } from "../../../lib/content/settings";
import { siteSettingsSchema } from "../../../lib/content/site-schema";

// What the built site should say, read from the same content folder it was built from.
const dir = path.resolve(process.env.CONTENT_DIR ?? "content");

export const site = readSettingsFile(dir, "site.yaml", siteSettingsSchema);
export const engagementsFile = readSettingsFile(dir, "engagements.yaml", engagementsFileSchema);
export const home = readSettingsFile(dir, "home.yaml", homeContentSchema);

/** Each offer's range as the content says it should read. */
export const expectedRanges = Object.fromEntries(
  engagementsFile.engagements.map((engagement) => [engagement.id, formatInvestmentRange(engagement.investment, site.locale)]),
) as Record<"scoping" | "build" | "fractional", string>;

export const signalLabels = home.readiness.signals.map((signal) => signal.label);
