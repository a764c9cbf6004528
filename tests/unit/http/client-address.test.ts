import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clientAddressOf, clientKeyOf, trustedProxyHopsFrom, UNKNOWN_CLIENT } from "@/lib/http/client-address";

const forwardedFor = (value: string) => new Headers({ "x-forwarded-for": value });

describe("the address a request is counted against, behind one proxy (TRUSTED_PROXY_HOPS=1, the default)", () => {
  it("is the entry the proxy appended, not one the client sent ahead of it", () => {
    expect(clientAddressOf(forwardedFor("10.9.8.7, 203.0.113.5"), 1)).toBe("203.0.113.5");
    expect(clientAddressOf(forwardedFor("203.0.113.5"), 1)).toBe("203.0.113.5");
  });

  it("cannot be chosen by a client that sends X-Forwarded-For or X-Real-IP itself", () => {
    const chosen = new Headers({ "x-forwarded-for": "1.1.1.1, 2.2.2.2, 203.0.113.5", "x-real-ip": "9.9.9.9" });
    expect(clientAddressOf(chosen, 1)).toBe("203.0.113.5");
    expect(clientAddressOf(new Headers({ "x-real-ip": "198.51.100.4" }), 1)).toBe(UNKNOWN_CLIENT);
    expect(clientAddressOf(new Headers(), 1)).toBe(UNKNOWN_CLIENT);
  });
});

describe("behind two proxies (TRUSTED_PROXY_HOPS=2)", () => {
  it("takes the second entry from the right: the client as the outer proxy saw it, not the outer proxy's own address", () => {
    expect(clientAddressOf(forwardedFor("6.6.6.6, 203.0.113.5, 10.0.0.2"), 2)).toBe("203.0.113.5");
    expect(clientAddressOf(forwardedFor("198.51.100.9, 10.0.0.2"), 2)).toBe("198.51.100.9");
  });

  it("tells two clients apart, where counting the last entry would make everyone one client", () => {
    const first = clientAddressOf(forwardedFor("203.0.113.5, 10.0.0.2"), 2);
    const second = clientAddressOf(forwardedFor("198.51.100.9, 10.0.0.2"), 2);
    expect(first).not.toBe(second);
  });

  it("takes the leftmost entry when there are fewer entries than proxies: every one of them was written by a proxy", () => {
    expect(clientAddressOf(forwardedFor("198.51.100.9"), 2)).toBe("198.51.100.9");
  });
});

describe("reached directly (TRUSTED_PROXY_HOPS=0)", () => {
  it("takes the one address the server wrote from the connection, and nothing a client added", () => {
    expect(clientAddressOf(forwardedFor("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientAddressOf(forwardedFor("203.0.113.5"), 0)).toBe("203.0.113.5");
    // Next writes one address; a list means the client sent the header itself.
    expect(clientAddressOf(forwardedFor("6.6.6.6, 203.0.113.5"), 0)).toBe(UNKNOWN_CLIENT);
    expect(clientAddressOf(new Headers({ "x-real-ip": "9.9.9.9" }), 0)).toBe(UNKNOWN_CLIENT);
  });
});

describe("one client, however its address is written", () => {
  it("groups IPv6 addresses by their /64: one household or server, one count", () => {
    expect(clientKeyOf("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("2001:db8:1:2:bbbb::2")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("2001:0DB8:0001:0002:0000:0000:0000:0001")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("2001:db8:1:3::1")).toBe("2001:db8:1:3::/64");
    expect(clientKeyOf("::1")).toBe("0:0:0:0::/64");
    expect(clientKeyOf("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("reads an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(clientKeyOf("::ffff:1.2.3.4")).toBe("1.2.3.4");
    expect(clientKeyOf("::FFFF:102:304")).toBe("1.2.3.4");
    expect(clientKeyOf("0:0:0:0:0:ffff:1.2.3.4")).toBe("1.2.3.4");
  });

  it("drops ports and brackets", () => {
    expect(clientKeyOf("203.0.113.5:51234")).toBe("203.0.113.5");
    expect(clientKeyOf("[2001:db8:1:2::7]:443")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("[2001:db8:1:2::7]")).toBe("2001:db8:1:2::/64");
    expect(clientKeyOf("[::ffff:1.2.3.4]:80")).toBe("1.2.3.4");
  });

  it("turns anything that is not an address into one fixed key", () => {
    for (const entry of [
      "",
      "unknown",
      "localhost",
      "1.2.3",
      "1.2.3.4.5",
      "256.1.1.1",
      "01.2.3.4",
      "1.2.3.4:",
      "1.2.3.4:port",
      "2001:db8::1::2",
      "2001:db8:1:2:3:4:5:6:7",
      "12345::1",
      "[2001:db8::1",
      "[2001:db8::1]x",
      "::ffff:1.2.3.999",
      "x".repeat(10_000),
      "<script>",
      "'; drop table bookings; --",
    ]) {
      expect(clientKeyOf(entry), entry).toBe(UNKNOWN_CLIENT);
    }
  });

  it("never throws and never gives a long key, whatever the header holds", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 0, max: 10 }), (header, hops) => {
        const key = clientAddressOf(forwardedFor(header.replace(/[\r\n\0]/g, "")), hops);
        expect(key.length).toBeLessThanOrEqual(40);
        expect(key).toMatch(/^(unknown|[0-9.]+|[0-9a-f:]+::\/64)$/);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.ipV6(), (address) => {
        expect(clientKeyOf(address)).toMatch(/^([0-9.]+|[0-9a-f:]+::\/64)$/);
      }),
    );
    fc.assert(
      fc.property(fc.ipV4(), (address) => {
        expect(clientKeyOf(address)).toBe(address);
      }),
    );
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  it("is 1 when unset, else the whole number given", () => {
    expect(trustedProxyHopsFrom(undefined)).toBe(1);
    expect(trustedProxyHopsFrom("")).toBe(1);
    expect(trustedProxyHopsFrom("0")).toBe(0);
    expect(trustedProxyHopsFrom(" 2 ")).toBe(2);
  });

  it("refuses a value that is not a whole number of proxies, naming the setting", () => {
    for (const value of ["two", "-1", "1.5", "O", "11", "1e1"]) {
      expect(() => trustedProxyHopsFrom(value), value).toThrow(/TRUSTED_PROXY_HOPS/);
    }
  });
});
