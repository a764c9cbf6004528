/** The admin's few shared looks. */
export const buttonClass =
  "inline-flex items-center rounded-lg bg-accent px-4 py-2 text-[0.95rem] font-medium text-accent-ink hover:brightness-110";
export const quietButtonClass =
  "inline-flex items-center rounded-lg border border-rule px-4 py-2 text-[0.95rem] font-medium text-ink hover:bg-raised";
export const inputClass = "mt-2 block w-full rounded-lg border border-rule bg-paper px-3 py-2 text-base text-ink";
export const errorTextClass = "mt-2 text-[0.95rem] font-medium text-danger";
