// How every family reads query values that the contract leaves loosely typed.

/** Query arrays arrive repeated (`a=1&a=2`) or comma separated (`a=1,2`); both mean the same list. */
export function queryList(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return [...new Set(items.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean))];
}
