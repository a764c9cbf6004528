const alertClass = "rounded-xl border-2 border-danger px-5 py-4 font-sans";

/** A form's problem summary: announced at once by screen readers, framed in the danger colour. */
export function Alert({ id, className, children }: { id?: string; className?: string; children: React.ReactNode }) {
  return (
    <div id={id} role="alert" className={className ? `${alertClass} ${className}` : alertClass}>
      {children}
    </div>
  );
}
