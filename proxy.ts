import { NextResponse, type NextRequest } from "next/server";
import { trustedProxyHopsFrom } from "@/lib/http/client-address";
import { contentSecurityPolicy, createNonce, showsVisitorText } from "@/lib/security-headers";
import { bookingUnavailablePage, databaseReachable } from "@/lib/runtime/database-unavailable";

/**
 * Pages that show visitor text get a fresh nonce in their Content-Security-Policy, passed to the render through the
 * request's own policy header (Next reads it and puts the nonce on its scripts); the admin's responses are never
 * stored by a browser or a proxy. When the site is reached directly (TRUSTED_PROXY_HOPS=0), a client's own
 * X-Forwarded-For never reaches the site. Every other response gets the static policy from next.config.ts.
 */
export async function proxy(request: NextRequest) {
  const development = process.env.NODE_ENV === "development";
  const { pathname } = request.nextUrl;
  // Reached directly, a client's own X-Forwarded-For is dropped: the server then writes the connection's address.
  const dropForwardedFor = reachedDirectly() && request.headers.has("x-forwarded-for");
  if (!showsVisitorText(pathname)) {
    // The request goes on as it came unless a header must go: most requests here are for static pages.
    const response = dropForwardedFor ? NextResponse.next({ request: { headers: withoutForwardedFor(request.headers) } }) : NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ development }));
    return response;
  }

  // The booking pages need the database to render; while it is away they answer a clear 503, not an error page.
  if ((request.method === "GET" || request.method === "HEAD") && isBookingPage(pathname) && !(await databaseReachable())) {
    const page = bookingUnavailablePage();
    page.headers.set("Content-Security-Policy", contentSecurityPolicy({ development }));
    return page;
  }

  const policy = contentSecurityPolicy({ nonce: createNonce(), development });
  const requestHeaders = dropForwardedFor ? withoutForwardedFor(request.headers) : new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (pathname === "/admin" || pathname.startsWith("/admin/")) response.headers.set("Cache-Control", "no-store");
  return response;
}

function isBookingPage(pathname: string): boolean {
  return pathname === "/book" || pathname.startsWith("/book/");
}

function withoutForwardedFor(headers: Headers): Headers {
  const copy = new Headers(headers);
  copy.delete("x-forwarded-for");
  return copy;
}

/** TRUSTED_PROXY_HOPS=0. A wrong value is not guessed at here: the pages that count clients refuse it in words. */
function reachedDirectly(): boolean {
  try {
    return trustedProxyHopsFrom(process.env.TRUSTED_PROXY_HOPS) === 0;
  } catch {
    return false;
  }
}

export const config = {
  // Only where there is something to do: the pages that show visitor text (a nonce, and no-store for the admin), and
  // any request that carries an X-Forwarded-For to drop. Every other response, static pages first, already has the
  // static policy from next.config.ts headers(), so it is served without running this. Keep the paths in step
  // with PAGES_WITH_VISITOR_TEXT in lib/security-headers.ts.
  // The availability API is left out of the second rule: it reads no client address (the same answer for everyone,
  // no rate limit) and is the site's busiest dynamic path, where running this doubled the server's time per request
  // behind a proxy, which sends the header on every request.
  matcher: [
    "/book",
    "/book/:path*",
    "/admin",
    "/admin/:path*",
    "/readiness",
    "/readiness/:path*",
    "/subscribe",
    "/subscribe/:path*",
    { source: "/((?!_next/static|_next/image|api/availability$).*)", has: [{ type: "header", key: "x-forwarded-for" }] },
  ],
};
