// Domain errors answer with the operation's documented code and message where
// the documents give one, so each operation speaks the words of its own page.
import { ZoomError } from '../errors.ts';
import type { RequestContext } from './context.ts';

/**
 * The operation's documented error whose message matches `pattern`, with
 * `{placeholders}` filled from `values`; else the fallback.
 */
export function documented(
  ctx: RequestContext,
  pattern: RegExp,
  fallback: { status: number; code: number; message: string },
  values: Record<string, string> = {},
): ZoomError {
  const found = ctx.operation.errors.find((e) => pattern.test(e.message)) ?? fallback;
  const message = found.message.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  return new ZoomError(found.status, found.code, message);
}
