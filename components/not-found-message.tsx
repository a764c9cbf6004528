import { Link } from "./site-link";

/** What a reader sees at an address the site does not have. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-3xl px-5 py-24 sm:px-8">
      <p className="font-sans text-sm font-medium uppercase tracking-[0.14em] text-muted">404</p>
      <h1 className="mt-4 text-4xl font-semibold tracking-tight">This page isn’t here</h1>
      <p className="mt-4 text-xl leading-relaxed text-muted">
        The address may be mistyped, or the page may have moved. The field notes are a good place to start.
      </p>
      <p className="mt-8 flex flex-wrap gap-6 font-sans">
        <Link href="/notes" className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
          All field notes
        </Link>
        <Link href="/" className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
          Home
        </Link>
      </p>
    </div>
  );
}
