import type { ComponentProps } from "react";

const primaryBase =
  "inline-flex min-h-11 items-center justify-center rounded-full bg-accent font-sans font-medium text-accent-ink shadow-sm transition-[filter] hover:brightness-110";
const primarySizes = {
  // Form submits: dimmed while the action is pending.
  large: "px-6 py-3 text-base disabled:opacity-70",
  // Links inside running text: no-underline beats the prose link style.
  small: "px-5 py-2.5 text-[0.95rem] no-underline",
} as const;

/** The site's one call-to-action look (the accent pill), shared by links, downloads and submit buttons. */
export function primaryButtonClass(size: keyof typeof primarySizes) {
  return `${primaryBase} ${primarySizes[size]}`;
}

/** A form's main button, in the call-to-action look; a submit button unless told otherwise. */
export function Button({ type = "submit", ...props }: Omit<ComponentProps<"button">, "className">) {
  return <button type={type} {...props} className={primaryButtonClass("large")} />;
}
