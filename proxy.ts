import { NextResponse, type NextRequest } from "next/server";
import { trustedProxyHopsFrom } from "@/lib/http/client-address";
import { contentSecurityPolicy, createNonce, showsVisitorText } from "@/lib/security-headers";

/**
 * Gives every response its Content-Security-Policy. Pages that show visitor text get a fresh nonce, passed to the
 * render through the request's own policy header (Next reads it and puts the nonce on its scripts); the admin's
 * responses are never stored by a browser or a proxy. When the site is reached directly (TRUSTED_PROXY_HOPS=0), a
 * client's own X-Forwarded-For never reaches the site.
 */
export function proxy(request: NextRequest) {
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

  const policy = contentSecurityPolicy({ nonce: createNonce(), development });
  const requestHeaders = dropForwardedFor ? withoutForwardedFor(request.headers) : new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (pathname === "/admin" || pathname.startsWith("/admin/")) response.headers.set("Cache-Control", "no-store");
  return response;
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
  // Not the build's hashed files, which are scripts and styles themselves, not documents.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
