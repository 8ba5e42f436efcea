// The carriers family's errors. Every rule it enforces has its words on the page
// of the operation that answers it, so nothing here is an undocumented choice:
// helpers shared by several operations take the operation's own context, typed by
// the catalogue names they throw, or a thrower the handler built from it.
import type { ZoomError } from '../../errors.ts';

/**
 * A handler context whose operation documents every one of `Names`.
 * `fail` is a property, not a method, so tsc checks its parameter strictly: the
 * ctx of an operation that lacks one of the names does not fit.
 */
export interface Fails<Names extends string> {
  fail: (name: Names, values?: Record<string, string | number>) => ZoomError;
}
