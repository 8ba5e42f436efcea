// The one list helper. It builds the envelope the contract declares for the
// operation — its items key, and `next_page_token`, `page_size`, `total_records`
// only where the success schema has them — over keyset pages, with the page size
// bounded by the operation's documented maximum (300 where none is documented).
// `total_records` is counted only for operations that show it.
import type { Operation } from '../contract.ts';
import type { Paginator } from '../platform/pagination.ts';
import { DEFAULT_PAGE_SIZE } from '../platform/pagination.ts';
import { badField, ZoomError } from '../errors.ts';
import { documentedErrors } from '../../spec/errors.ts';
import { undocumented, type ErrorShape } from './errors.ts';

export const MAX_PAGE_SIZE = 300;

/**
 * A row's key for a list that runs newest first: the list helper walks keys
 * upwards from 0, so the key is a ceiling less the row's seq (a higher key, an
 * older row). It is its own inverse: `newestFirstKey(key)` is the seq again.
 */
export const newestFirstKey = (seq: number): number => 2 ** 52 - seq;

export interface ListSpec<Row extends { seq: number }, Item> {
  /** The response property that holds the page's items. */
  items: string;
  /** What a page token is bound to: the filters of this query. */
  filters?: Record<string, unknown>;
  /** Up to `limit` rows after `afterSeq`, in ascending seq, filtered and account-scoped. */
  fetch(afterSeq: number, limit: number): Promise<Row[]>;
  /** How many rows match the filters (asked only where the envelope shows total_records). */
  count(): Promise<number>;
  present(rows: Row[]): Item[] | Promise<Item[]>;
  /** A maximum page size the page's prose documents where its contract gives none. */
  maxPageSize?: number;
}

export interface Envelope {
  pageSize: boolean;
  totalRecords: boolean;
  nextPageToken: boolean;
  maxPageSize: number;
}

const envelopes = new WeakMap<Operation, Envelope>();

/** What the operation's success body and page_size parameter declare, read once per operation. */
export function envelopeOf(op: Operation): Envelope {
  let e = envelopes.get(op);
  if (!e) {
    const props = (op.responseSchemas[String(op.successStatus)] as { properties?: Record<string, unknown> } | undefined)?.properties ?? {};
    const max = op.queryParams.get('page_size')?.schema?.maximum;
    e = {
      pageSize: 'page_size' in props,
      totalRecords: 'total_records' in props,
      nextPageToken: 'next_page_token' in props,
      maxPageSize: typeof max === 'number' ? max : MAX_PAGE_SIZE,
    };
    envelopes.set(op, e);
  }
  return e;
}

const invalidPageToken = undocumented({
  status: 400,
  code: 300,
  message: 'The next page token is invalid or expired.',
  why: 'Most lists document no error for a page token that is not theirs or has expired; this is the words of the lists that do, with the code of a validation failure.',
});

/**
 * The operation's own documented error for a bad page token where its page has
 * one, else the undocumented choice above. Some pages join another rule's words
 * to it in one row ("… invalid or expired. Please enter at least {0} valid
 * characters."): the status and code are the row's, the words the token's own.
 */
export function pageTokenError(operationId: string): () => ZoomError {
  const entries = Object.entries((documentedErrors as Record<string, Record<string, ErrorShape>>)[operationId] ?? {});
  // The shortest such name is the plain rule; longer ones carry the joined words.
  const found = entries.filter(([n]) => n.startsWith('nextPageToken')).sort(([a], [b]) => a.length - b.length)[0]?.[1];
  if (!found) return () => invalidPageToken();
  const words = /^The next page token[^.]*(\.|$)/.exec(found.message)?.[0] ?? found.message;
  return () => new ZoomError(found.status, found.code, words);
}

export async function listPage<Row extends { seq: number }, Item>(
  op: Operation,
  paginator: Paginator,
  query: { page_size?: number; next_page_token?: string },
  invalidToken: () => ZoomError,
  spec: ListSpec<Row, Item>,
): Promise<Record<string, unknown>> {
  const env = envelopeOf(op);
  const max = spec.maxPageSize ?? env.maxPageSize;
  const pageSize = query.page_size ?? DEFAULT_PAGE_SIZE;
  // As the schema answers a page_size past a documented maximum; here also for maxima only the prose gives.
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > max) throw badField('page_size', `page_size must be a whole number from 1 to ${max}.`);
  const filters = spec.filters ?? {};
  const after = query.next_page_token ? paginator.decode(query.next_page_token, filters, invalidToken) : 0;
  const [rows, total] = await Promise.all([spec.fetch(after, pageSize + 1), env.totalRecords ? spec.count() : Promise.resolve(undefined)]);
  const more = rows.length > pageSize;
  const pageRows = more ? rows.slice(0, pageSize) : rows;
  const body: Record<string, unknown> = {};
  if (env.nextPageToken) body.next_page_token = more ? paginator.encode(pageRows[pageRows.length - 1].seq, filters) : '';
  if (env.pageSize) body.page_size = pageSize;
  if (env.totalRecords) body.total_records = total;
  body[spec.items] = await spec.present(pageRows);
  return body;
}
