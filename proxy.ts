import { NextResponse, type NextRequest } from "next/server";
import { trustedProxyHopsFrom } from "@/lib/http/client-address";
import { contentSecurityPolicy, createNonce, showsVisitorText } from "@/lib/security-headers";
import { availabilityVersionIfReachable, bookingUnavailablePage } from "@/lib/runtime/database-unavailable";
import { BOOKING_SOURCE_COOKIE, bookingSourceFrom } from "@/lib/booking/web/source";
import { KEPT_COPY_COOKIE, keptBookingPath, keptCopyFor, keptCopyNamed, type KeptCopy } from "@/lib/booking/web/book-path";
import { getBookingSettings } from "@/lib/content";

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

  // The booking pages need the database to render; while it is away they answer a clear 503, not an error page. The
  // same read gives the number that picks the kept copy of `/book` (keptBookingPath).
  const reads = request.method === "GET" || request.method === "HEAD";
  const version = reads && isBookingPage(pathname) ? await availabilityVersionIfReachable() : 0;
  if (version === undefined) {
    const page = bookingUnavailablePage();
    page.headers.set("Content-Security-Policy", contentSecurityPolicy({ development }));
    return page;
  }

  // `/book` is answered by its kept copy (for/[engagement]/[copy]), drawn from the content and the free times alone: a
  // GET of it gets the static policy, since a kept page cannot carry a nonce of this response. A visit goes to the copy
  // for the current version. A POST (the form's action, whose answer shows what was typed) is answered on the copy its
  // page was drawn from, drawn for it, with a nonce; without the cookie (a visitor who refuses cookies), on the first.
  const copy = reads ? keptCopyFor(version) : (keptCopyNamed(request.cookies.get(KEPT_COPY_COOKIE)?.value) ?? keptCopyFor(0));
  const kept = pathname === "/book" ? keptBookingPath(request.nextUrl.searchParams, engagementIds(), copy) : undefined;
  const keptGet = (kept !== undefined || pathname.startsWith("/book/for/")) && reads;
  if (keptGet) {
    const response = kept
      ? NextResponse.rewrite(new URL(kept, request.url), dropForwardedFor ? { request: { headers: withoutForwardedFor(request.headers) } } : undefined)
      : NextResponse.next(dropForwardedFor ? { request: { headers: withoutForwardedFor(request.headers) } } : undefined);
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ development }));
    if (kept) rememberCopy(request, response, copy);
    rememberSource(request, response);
    return response;
  }

  const policy = contentSecurityPolicy({ nonce: createNonce(), development });
  const requestHeaders = dropForwardedFor ? withoutForwardedFor(request.headers) : new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = kept ? NextResponse.rewrite(new URL(kept, request.url), { request: { headers: requestHeaders } }) : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (isBookingPage(pathname) && request.method === "GET") rememberSource(request, response);
  if (pathname === "/admin" || pathname.startsWith("/admin/")) response.headers.set("Cache-Control", "no-store");
  return response;
}

function isBookingPage(pathname: string): boolean {
  return pathname === "/book" || pathname.startsWith("/book/");
}

/** The copy of `/book` this visitor was sent to, for the form's action (KEPT_COPY_COOKIE); sent only when it changes. */
function rememberCopy(request: NextRequest, response: NextResponse, copy: KeptCopy) {
  if (request.cookies.get(KEPT_COPY_COOKIE)?.value === copy) return;
  response.cookies.set(KEPT_COPY_COOKIE, copy, { path: "/book", httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV === "production" });
  // The kept page may be stored by a shared cache; this answer, which carries one visitor's cookie, may not.
  response.headers.set("Cache-Control", "private, no-cache");
}

/**
 * The page on this site the visitor came to `/book` from (its `from` parameter, else its Referer), kept for an hour
 * in a cookie that only the booking form's action reads. A prefetch is not a visit, and an unknown source leaves an
 * earlier one in place (a reload, or a change of zone, comes from /book itself).
 */
function rememberSource(request: NextRequest, response: NextResponse) {
  if (request.headers.has("next-router-prefetch")) return;
  const source = bookingSourceFrom(request.nextUrl.searchParams.get("from") ?? undefined, request.headers.get("referer"), request.headers.get("host"));
  if (!source) return;
  response.cookies.set(BOOKING_SOURCE_COOKIE, source, {
    path: "/book",
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production",
    maxAge: 60 * 60,
  });
  // The kept page may be stored by a shared cache; this answer, which carries one visitor's cookie, may not.
  response.headers.set("Cache-Control", "private, no-cache");
}

const engagementIds = () => getBookingSettings().form.engagements.map((engagement) => engagement.id);

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
