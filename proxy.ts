import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, showsVisitorText } from "@/lib/security-headers";

/**
 * Gives every response its Content-Security-Policy. Pages that show visitor text get a fresh nonce, passed to the
 * render through the request's own policy header (Next reads it and puts the nonce on its scripts); the admin's
 * responses are never stored by a browser or a proxy.
 */
export function proxy(request: NextRequest) {
  const development = process.env.NODE_ENV === "development";
  const { pathname } = request.nextUrl;
  if (!showsVisitorText(pathname)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy({ development }));
    return response;
  }

  const policy = contentSecurityPolicy({ nonce: createNonce(), development });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (pathname === "/admin" || pathname.startsWith("/admin/")) response.headers.set("Cache-Control", "no-store");
  return response;
}

export const config = {
  // Not the build's hashed files, which are scripts and styles themselves, not documents.
  matcher: ["/((?!_next/static|_next/image).*)"],
};
