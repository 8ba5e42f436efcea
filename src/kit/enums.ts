// Stored strings meet the contract's enums here. A family lists an enum's values
// as a Record over the contract's union, so tsc holds the list to the enum (no
// value missing, none extra), and gets a guard or a narrowing from it.

/** A guard for one documented enum. */
export function enumGuard<T extends string>(all: Record<T, true>): (value: unknown) => value is T {
  return (value: unknown): value is T => typeof value === 'string' && Object.hasOwn(all, value);
}

/** The documented value a stored string is, or undefined when the enum has no such value. */
export function enumValue<T extends string>(all: Record<T, true>): (stored: unknown) => T | undefined {
  const is = enumGuard(all);
  return (stored) => (is(stored) ? stored : undefined);
}
