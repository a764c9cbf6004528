// Posting one of a page's forms the way a browser without JavaScript does: the page's hidden fields (the token, the
// framework's action id) plus the fields the drill fills in, as multipart/form-data to the page's own address.

interface PageForm {
  html: string;
  hidden: [string, string][];
}

const entities: Record<string, string> = { "&amp;": "&", "&quot;": '"', "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (text: string) => text.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => entities[entity]!);

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? decode(match[1]!) : undefined;
}

export function formsIn(html: string): PageForm[] {
  return [...html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)].map((match) => ({
    html: match[0],
    hidden: [...match[1]!.matchAll(/<input\b[^>]*>/g)]
      .map((input) => input[0])
      .filter((tag) => attribute(tag, "type") === "hidden" && attribute(tag, "name") !== undefined)
      .map((tag) => [attribute(tag, "name")!, attribute(tag, "value") ?? ""] as [string, string]),
  }));
}

export interface FormAnswer {
  status: number;
  location: string | null;
  body: string;
  setCookie: string[];
}

/**
 * GETs `pagePath`, picks the form `pick` chooses, and posts it with `fields` added. Throws when the page has no such
 * form (the page answered something else: a 404, an error).
 */
export async function submitPageForm(
  base: string,
  pagePath: string,
  pick: (form: string) => boolean,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<FormAnswer> {
  const page = await fetch(`${base}${pagePath}`, { headers, signal: AbortSignal.timeout(20_000) });
  const html = await page.text();
  const form = formsIn(html).find((candidate) => pick(candidate.html));
  if (!form) throw new Error(`GET ${pagePath} answered ${page.status} without the form`);
  const body = new FormData();
  for (const [name, value] of form.hidden) body.append(name, value);
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  const answer = await fetch(`${base}${pagePath}`, {
    method: "POST",
    body,
    headers: { ...headers, Origin: base },
    redirect: "manual",
    signal: AbortSignal.timeout(20_000),
  });
  return { status: answer.status, location: answer.headers.get("location"), body: await answer.text(), setCookie: answer.headers.getSetCookie() };
}
