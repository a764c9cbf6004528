/** Questions and answers, each one opened on demand; works without JavaScript. */
export function FaqList({ items }: { items: readonly { question: string; answer: string }[] }) {
  return (
    <ul className="divide-y divide-rule border-y border-rule">
      {items.map(({ question, answer }) => (
        <li key={question}>
          <details className="group py-5">
            <summary className="flex cursor-pointer list-none items-start justify-between gap-4 text-xl font-semibold leading-snug [&::-webkit-details-marker]:hidden">
              {question}
              <span aria-hidden="true" className="font-sans text-2xl leading-none text-muted transition-transform group-open:rotate-45">
                +
              </span>
            </summary>
            <p className="mt-3 max-w-prose text-lg leading-relaxed">{answer}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
