import { submitPageForm } from "./html-form";

// What a founder (or another system) does to the site over HTTP: list free times, book through the JSON API, move and
// cancel from the link in their email. Each drill client names itself in X-Forwarded-For (the site runs with
// TRUSTED_PROXY_HOPS as the drill sets it), so the per-address limits count it as its own visitor.

export const clientHeaders = (address: string): Record<string, string> => ({ "X-Forwarded-For": address });

/** Every free start time in the next 60 days, as ISO strings. */
export async function freeStarts(base: string, address = "10.250.0.1"): Promise<string[]> {
  const from = new Date().toISOString().slice(0, 10);
  const to = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  const answer = await fetch(`${base}/api/availability?from=${from}&to=${to}&timeZone=UTC`, { headers: clientHeaders(address), signal: AbortSignal.timeout(20_000) });
  if (answer.status !== 200) throw new Error(`GET /api/availability answered ${answer.status}`);
  const { slots } = (await answer.json()) as { slots: { start: string }[] };
  return slots.map((slot) => slot.start);
}

export interface BookingAnswer {
  status: number;
  id?: string;
  error?: string;
}

export async function book(base: string, start: string, email: string, address: string, timeoutMs = 20_000): Promise<BookingAnswer> {
  const answer = await fetch(`${base}/api/bookings`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...clientHeaders(address) },
    body: JSON.stringify({ name: `Drill ${email.split("@")[0]}`, email, company: "Drill Co", message: "A drill booking", start, timeZone: "UTC" }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await answer.text();
  let json: { booking?: { id: string }; error?: string } = {};
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: a proxy's or the framework's error page
  }
  return { status: answer.status, ...(json.booking ? { id: json.booking.id } : {}), ...(json.error ? { error: json.error } : {}) };
}

/** Moves the booking the key opens; "moved" only when the site redirected to the page that says so. */
export async function moveBooking(base: string, token: string, start: string, address: string): Promise<"moved" | "refused"> {
  const answer = await submitPageForm(base, `/book/manage/${token}`, (form) => form.includes('name="start"'), { start }, clientHeaders(address));
  return answer.status === 303 && answer.location?.includes("moved=1") ? "moved" : "refused";
}

export async function cancelBooking(base: string, token: string, address: string): Promise<"cancelled" | "refused"> {
  const answer = await submitPageForm(base, `/book/manage/${token}?confirm=cancel`, (form) => form.includes("Yes, cancel the call"), {}, clientHeaders(address));
  return answer.status === 303 && answer.location?.includes("cancelled=1") ? "cancelled" : "refused";
}

/** Signs in to the admin; returns the session cookie, or undefined with the page's answer when refused. */
export async function adminLogIn(base: string, password: string, address: string): Promise<{ cookie?: string; status: number; body: string }> {
  const answer = await submitPageForm(base, "/admin/login", (form) => form.includes('name="password"'), { password }, clientHeaders(address));
  const cookie = answer.status === 303 ? answer.setCookie.map((c) => c.split(";")[0]).join("; ") : undefined;
  return { ...(cookie ? { cookie } : {}), status: answer.status, body: answer.body };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
