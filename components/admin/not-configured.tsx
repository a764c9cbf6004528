/** What /admin shows when its credentials are missing from the environment: which ones, and how to set them. */
export function AdminNotConfigured({ problems }: { problems: string[] }) {
  return (
    <main className="max-w-prose space-y-4">
      <h1 className="text-3xl font-semibold tracking-tight">The admin is not configured</h1>
      <ul className="list-disc space-y-1 pl-6">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>
        Run <code>npm run admin:hash</code> to make the password hash, set <code>ADMIN_PASSWORD_HASH</code> and a random{" "}
        <code>SESSION_SECRET</code> of 32 characters or more in the site’s environment, and restart the site. Until then
        nobody can sign in.
      </p>
    </main>
  );
}
