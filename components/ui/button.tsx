import type { ComponentProps } from "react";

// The pill itself is the `button-primary` utility in app/globals.css.
const primarySizes = {
  // Form submits: dimmed while the action is pending.
  large: "px-6 py-3 text-base disabled:opacity-70",
  // Links inside running text: no-underline beats the prose link style.
  small: "px-5 py-2.5 text-[0.95rem] no-underline",
} as const;

/** The site's one call-to-action look (the accent pill), shared by links, downloads and submit buttons. */
export function primaryButtonClass(size: keyof typeof primarySizes) {
  return `button-primary ${primarySizes[size]}`;
}

/** A form's main button, in the call-to-action look; a submit button unless told otherwise. */
export function Button({ type = "submit", ...props }: Omit<ComponentProps<"button">, "className">) {
  return <button type={type} {...props} className={primaryButtonClass("large")} />;
}
