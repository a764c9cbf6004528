import { getSiteSettings, type SiteSettings } from "./content";

export interface Site extends SiteSettings {
  /** The public origin, without a trailing slash. */
  url: string;
}

/** The site's settings, with its public address taken from SITE_URL when set. */
export function getSite(): Site {
  const settings = getSiteSettings();
  const url = (process.env.SITE_URL ?? settings.url ?? "http://localhost:3000").replace(/\/+$/, "");
  return { ...settings, url };
}

export function absoluteUrl(site: Pick<Site, "url">, pathname: string): string {
  return new URL(pathname, `${site.url}/`).toString();
}
