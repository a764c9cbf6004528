/**
 * The headers every page, API answer and public file carries, except the Content-Security-Policy, which depends on
 * the route and is set by proxy.ts from contentSecurityPolicy() below. The build's own files get buildFileHeaders().
 */
export function securityHeaders({ production }: { production: boolean }): { key: string; value: string }[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
    { key: "X-Frame-Options", value: "DENY" },
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}

/**
 * The build's own scripts, styles and fonts (`/_next/static/`, named by their content) carry only what a browser reads
 * on such a file: nosniff. The policy, framing, permissions, referrer policy and HSTS are read from the page that
 * loads them; repeated on each of a page's ten or so files they cost it about 6 KiB over HTTP/1.1.
 */
export const BUILD_FILES = "/_next/static/:path*";
export const ALL_BUT_BUILD_FILES = "/((?!_next/static/).*)";

export function buildFileHeaders(): { key: string; value: string }[] {
  return securityHeaders({ production: false }).filter(({ key }) => key === "X-Content-Type-Options");
}

// Pages that show what a visitor typed (the booking form and its answers, the founder's manage page, the admin, the
// subscribe form's answer) or echo the address they asked for. They are rendered per request, so each response gets
// its own nonce and no inline script runs without it. Everything else is built from the repository's content alone: see
// docs/security.md for why those pages allow the inline scripts Next writes into static HTML.
const PAGES_WITH_VISITOR_TEXT = ["/book", "/admin", "/readiness", "/subscribe"];

export function showsVisitorText(pathname: string): boolean {
  return PAGES_WITH_VISITOR_TEXT.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

/**
 * The policy for one response. With a nonce: only scripts carrying it (and what they load) run, and only styles
 * from the site or carrying it apply. Without: the site's own files plus the inline bootstrap scripts and styles
 * of statically generated pages. Development adds what the dev server's overlay and hot reload need.
 */
export function contentSecurityPolicy({ nonce, development = false }: { nonce?: string; development?: boolean }): string {
  const inline = nonce ? [`'nonce-${nonce}'`] : ["'unsafe-inline'"];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", ...inline, ...(nonce ? ["'strict-dynamic'"] : []), ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", ...(development ? ["'unsafe-inline'"] : inline)],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "frame-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** A fresh, unguessable nonce: 128 random bits, base64. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
