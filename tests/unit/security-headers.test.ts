import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, securityHeaders, showsVisitorText } from "@/lib/security-headers";

describe("which pages get a nonce", () => {
  it("is every page that shows what a visitor typed", () => {
    for (const path of ["/book", "/book/manage/abc", "/admin", "/admin/bookings/1", "/readiness", "/subscribe", "/subscribe/confirm/abc"]) expect(showsVisitorText(path)).toBe(true);
  });

  it("is not the notes and marketing pages, nor a path that only begins with the same letters", () => {
    for (const path of ["/", "/notes/x", "/engagements", "/about", "/bookkeeping", "/administration"]) expect(showsVisitorText(path)).toBe(false);
  });
});

describe("the Content-Security-Policy", () => {
  it("with a nonce allows no inline script, only the nonce and what it loads", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123" });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("style-src 'self' 'nonce-abc123'");
    expect(policy).not.toContain("unsafe");
  });

  it("always forbids framing, plugins, a changed base and posting forms elsewhere", () => {
    for (const policy of [contentSecurityPolicy({}), contentSecurityPolicy({ nonce: "n" })]) {
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
        expect(policy).toContain(directive);
      }
    }
  });

  it("allows eval only on the development server", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ nonce: "n" })).not.toContain("'unsafe-eval'");
  });

  it("gets a different 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect(atob(createNonce()).length).toBe(16);
  });
});

describe("the other headers", () => {
  it("ask for HTTPS only in production", () => {
    expect(securityHeaders({ production: true }).map((h) => h.key)).toContain("Strict-Transport-Security");
    expect(securityHeaders({ production: false }).map((h) => h.key)).not.toContain("Strict-Transport-Security");
  });
});
