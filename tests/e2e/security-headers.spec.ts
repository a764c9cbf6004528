import { expect, test } from "@playwright/test";

// Every kind of response carries the same protective headers; no page may be framed or post its forms elsewhere.
const responses = {
  "a page": "/",
  "a note": "/notes/what-ai-operations-actually-means",
  "the booking form": "/book",
  "an API response": "/api/availability",
  "the feed": "/feed.xml",
};

test.describe("a visitor's browser is told to protect them", () => {
  for (const [name, path] of Object.entries(responses)) {
    test(`${name} carries the security headers`, async ({ request }, testInfo) => {
      test.skip(testInfo.project.name !== "desktop", "headers do not depend on the screen");
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const headers = response.headers();
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["x-frame-options"]).toBe("DENY");
      expect(headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
      const policy = headers["content-security-policy"];
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"]) {
        expect(policy).toContain(directive);
      }
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }
});
