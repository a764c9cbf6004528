/** Shared look and error wiring for the booking form's fields. */
export const inputClass =
  "mt-2 block w-full rounded-lg border border-rule bg-paper px-3 py-2.5 font-sans text-base text-ink aria-[invalid=true]:border-danger";

export const fieldId = (name: string) => `booking-${name}`;
export const errorId = (name: string) => `booking-${name}-error`;

export function FieldError({ name, message }: { name: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={errorId(name)} className="mt-2 font-sans text-[0.95rem] font-medium text-danger">
      {message}
    </p>
  );
}

/** Props that tie a control to its error message and mark it invalid. */
export function errorProps(name: string, message?: string, hint?: string) {
  const describedBy = [hint, message ? errorId(name) : undefined].filter(Boolean).join(" ");
  return { "aria-invalid": message ? true : undefined, "aria-describedby": describedBy || undefined };
}

export function Label({ htmlFor, children, optional }: { htmlFor: string; children: React.ReactNode; optional?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="block font-sans text-[0.95rem] font-medium">
      {children}
      {optional && <span className="font-normal text-muted"> (optional)</span>}
    </label>
  );
}
