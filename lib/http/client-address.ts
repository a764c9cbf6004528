/** The key every request without a readable client address shares. */
export const UNKNOWN_CLIENT = "unknown";

/** Longer than any way of writing an address with a port; anything longer is not one. */
const MAX_ENTRY_LENGTH = 64;
const MAX_TRUSTED_PROXY_HOPS = 10;

/**
 * TRUSTED_PROXY_HOPS, read from its raw value: how many proxies in front of the site append to X-Forwarded-For.
 * 1 when unset; a value that is not a whole number from 0 to 10 is refused rather than guessed at, because a wrong
 * guess lets a client pick the address it is counted against.
 */
export function trustedProxyHopsFrom(value: string | undefined): number {
  const text = value?.trim() ?? "";
  if (text === "") return 1;
  const hops = /^\d{1,2}$/.test(text) ? Number(text) : NaN;
  if (!(hops <= MAX_TRUSTED_PROXY_HOPS)) {
    throw new Error(`TRUSTED_PROXY_HOPS must be a whole number of proxies from 0 to ${MAX_TRUSTED_PROXY_HOPS}, not "${text.slice(0, 20)}"`);
  }
  return hops;
}

/**
 * The client a request is counted against, from X-Forwarded-For, given how many proxies in front of the site append
 * to it (`trustedProxyHops`, TRUSTED_PROXY_HOPS):
 *
 * - 1 or more: each proxy appends the address it was reached from, so the entry `trustedProxyHops` from the right is
 *   the client as the outermost proxy saw it. Entries further left are whatever the client sent. With fewer entries
 *   than proxies, the leftmost is taken: every entry there was written by a proxy.
 * - 0: the site is reached directly. `next start` writes the connection's address into X-Forwarded-For when a request
 *   arrives without one and keeps a client's own header as it is, so the header must hold that one address; a list is
 *   a client's invention and counts as unknown.
 *
 * The address is then reduced to a key (`clientKeyOf`); X-Real-IP and other headers are never read.
 */
export function clientAddressOf(headers: Headers, trustedProxyHops: number): string {
  const header = headers.get("x-forwarded-for");
  if (header === null) return UNKNOWN_CLIENT;
  const entries = header.split(",");
  if (trustedProxyHops <= 0) return entries.length === 1 ? clientKeyOf(entries[0]!) : UNKNOWN_CLIENT;
  return clientKeyOf(entries[Math.max(0, entries.length - trustedProxyHops)]!);
}

/**
 * One address as a rate-limit key: IPv4 as dotted decimal; IPv6 as its /64 (`2001:db8:1:2::/64`), the block one
 * household or one server is given, so a client cannot dodge a limit by walking through its own block; an IPv4-mapped
 * IPv6 address (`::ffff:1.2.3.4`) as the IPv4 address. Ports, brackets and an IPv6 zone are dropped. Anything else is
 * UNKNOWN_CLIENT.
 */
export function clientKeyOf(entry: string): string {
  const text = entry.trim();
  if (text.length === 0 || text.length > MAX_ENTRY_LENGTH) return UNKNOWN_CLIENT;
  let host = text;
  if (text.startsWith("[")) {
    const match = /^\[([^\]]*)\](?::(\d{1,5}))?$/.exec(text);
    if (!match) return UNKNOWN_CLIENT;
    host = match[1]!;
  } else if (text.indexOf(":") === text.lastIndexOf(":") && text.includes(":")) {
    // One colon: IPv4 with a port.
    const match = /^([0-9.]+):(\d{1,5})$/.exec(text);
    if (!match) return UNKNOWN_CLIENT;
    host = match[1]!;
  }
  if (!host.includes(":")) return ipv4Of(host) ?? UNKNOWN_CLIENT;
  const groups = ipv6GroupsOf(host);
  if (!groups) return UNKNOWN_CLIENT;
  if (groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff) {
    return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join(".");
  }
  const prefix = groups.slice(0, 4).map((group) => group.toString(16));
  return `${prefix.join(":")}::/64`;
}

/** Dotted decimal, each part 0–255 without leading zeros (which some readers take as octal). */
function ipv4Of(text: string): string | undefined {
  const parts = text.split(".");
  if (parts.length !== 4 || !parts.every((part) => /^(0|[1-9]\d{0,2})$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.join(".");
}

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part allowed, a %zone ignored). */
function ipv6GroupsOf(text: string): number[] | undefined {
  const address = text.split("%")[0]!;
  const halves = address.split("::");
  if (halves.length > 2) return undefined;
  const groupsOf = (half: string): number[] | undefined => {
    if (half === "") return [];
    const parts = half.split(":");
    const groups: number[] = [];
    for (const [index, part] of parts.entries()) {
      if (index === parts.length - 1 && part.includes(".")) {
        const ipv4 = ipv4Of(part);
        if (!ipv4) return undefined;
        const [a, b, c, d] = ipv4.split(".").map(Number) as [number, number, number, number];
        groups.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/i.test(part)) {
        groups.push(parseInt(part, 16));
      } else {
        return undefined;
      }
    }
    return groups;
  };
  const head = groupsOf(halves[0]!);
  const tail = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!head || !tail) return undefined;
  // An embedded IPv4 part may only end the address.
  if (halves.length === 2 && halves[0]!.includes(".")) return undefined;
  if (halves.length === 1) return head.length === 8 ? head : undefined;
  const missing = 8 - head.length - tail.length;
  if (missing < 1) return undefined;
  return [...head, ...Array.from({ length: missing }, () => 0), ...tail];
}
