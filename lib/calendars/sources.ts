import type { CalendarSourceSettings } from "../content/calendar-schema";

/** A calendar from booking.yaml with what its environment variables hold; `problem` says what is missing. */
export type CalendarSource = CalendarSourceSettings & {
  url?: string;
  username?: string;
  password?: string;
  problem?: string;
};

/**
 * Reads each calendar's address (and, for CalDAV, its user and password) from the environment variables booking.yaml
 * names, so no secret sits in the content folder. A variable that is unset or empty is named in `problem`.
 */
export function resolveCalendarSources(sources: readonly CalendarSourceSettings[], env: Record<string, string | undefined>): CalendarSource[] {
  return sources.map((source) => {
    const names = source.kind === "caldav" ? [source.urlEnv, source.usernameEnv, source.passwordEnv] : [source.urlEnv];
    const missing = names.filter((name) => !env[name]?.trim());
    const url = env[source.urlEnv]?.trim();
    const found = {
      ...source,
      ...(url ? { url } : {}),
      ...(source.kind === "caldav" ? { username: env[source.usernameEnv] ?? "", password: env[source.passwordEnv] ?? "" } : {}),
    };
    if (missing.length > 0) return { ...found, problem: `${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set` };
    if (url && !/^(https?|webcals?):\/\//i.test(url)) return { ...found, problem: `${source.urlEnv} is not a web address` };
    return found;
  });
}
