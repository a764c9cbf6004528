import { describe, expect, it } from "vitest";
import { clientAddressOf } from "@/lib/http/client-address";

describe("the address a request is counted against", () => {
  it("is the one the proxy in front of the site appended, not one the client sent ahead of it", () => {
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "10.9.8.7, 203.0.113.5" }))).toBe("203.0.113.5");
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "203.0.113.5" }))).toBe("203.0.113.5");
  });

  it("falls back to X-Real-IP, then to one shared 'unknown'", () => {
    expect(clientAddressOf(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe("198.51.100.4");
    expect(clientAddressOf(new Headers())).toBe("unknown");
  });
});
