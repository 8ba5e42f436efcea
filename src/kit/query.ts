// How every family reads query values that the contract leaves loosely typed.
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

/** The items of a query value given repeated (`a=1&a=2`) or comma separated (`a=1,2`), in order, blanks left out. */
export function commaItems(value: unknown): string[] {
  const items = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return items.flatMap((v) => String(v).split(',')).map((v) => v.trim()).filter(Boolean);
}

/** Query arrays arrive repeated (`a=1&a=2`) or comma separated (`a=1,2`); both mean the same list, each item once. */
export function queryList(value: unknown): string[] {
  return [...new Set(commaItems(value))];
}

/**
 * Whether `value` contains `text`, the text's `%`, `_` and `\` taken as
 * themselves: a keyword of `%` finds a `%`, not every row.
 */
export function contains(value: Expression<string>, text: string): RawBuilder<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`${value} like ${pattern} escape '\\'`;
}
