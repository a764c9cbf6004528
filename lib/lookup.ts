// Fixed tables looked up by a value from a request (?problem=, ?show=, a form field). Anyone can type an address, and
// every object answers to `__proto__`, `constructor` or `toString`: only a table's own entries count here.

/** The entry the key names, or undefined for any other key, a repeated parameter (an array) or none. */
export function lookup<V>(table: Readonly<Record<string, V>>, key: unknown): V | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}

/** The option the value names (a list's ?show=), else the first option. */
export function chooseOption<T extends string>(value: unknown, options: readonly { value: T }[]): T {
  return options.find((option) => option.value === value)?.value ?? options[0]!.value;
}
