// How requests are read before validation, the way Zoom's own clients send them.
// Zoom's SDK (axios) sends `Content-Type: application/json` with an empty body on
// every DELETE and writes arrays as `name[]=a&name[]=b`; others repeat the name or
// join the values with commas. All of these mean the same request.
import { parse } from 'node:querystring';
import type { FastifyInstance } from 'fastify';
import { ZoomError } from '../errors.ts';
import type { Operation } from '../contract.ts';
import { commaItems } from '../kit/query.ts';

/** The query string, with `name[]` keys read as `name`. */
export function parseQuery(text: string): Record<string, string | string[]> {
  const parsed = parse(text);
  const out: Record<string, string | string[]> = {};
  for (const [rawKey, value] of Object.entries(parsed)) {
    if (value === undefined) continue;
    const key = rawKey.endsWith('[]') ? rawKey.slice(0, -2) : rawKey;
    const prior = out[key];
    out[key] = prior === undefined ? value : [...[prior].flat(), ...[value].flat()];
  }
  return out;
}

/** The query parameters the operation declares as arrays of plain values. */
export function arrayQueryParams(op: Operation): string[] {
  return [...op.queryParams.entries()].filter(([, p]) => (p.schema as { type?: string } | undefined)?.type === 'array').map(([name]) => name);
}

/** Comma lists in the operation's array parameters become their items (`a=1,2` is `a=1&a=2`). */
export function splitCommaLists(query: Record<string, unknown>, names: string[]): void {
  for (const name of names) {
    if (query[name] !== undefined) query[name] = commaItems(query[name]);
  }
}

/**
 * JSON bodies, where an empty one is no body (for every method), and a body that
 * is not JSON is the client's 400. Fastify's own parser keeps its guard against
 * `__proto__` keys.
 */
export function acceptEmptyJson(app: FastifyInstance, bodyLimit: number): void {
  const strict = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    const text = String(body);
    if (text.trim() === '') return done(null, undefined);
    strict(request, text, (error, value) => {
      if (error) return done(new ZoomError(400, 300, 'Request body is not valid JSON.'), undefined);
      if (depthOf(value) > MAX_BODY_DEPTH) return done(new ZoomError(400, 300, `Request body nests deeper than ${MAX_BODY_DEPTH} levels.`), undefined);
      done(null, value);
    });
  });
}

/** No documented body nests half as deep; a deeper one would only cost recursion in every walker after it. */
export const MAX_BODY_DEPTH = 32;

/** How deep objects and arrays nest in a parsed body, counted without recursion. */
function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_BODY_DEPTH) return deepest;
    for (const child of Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return deepest;
}
