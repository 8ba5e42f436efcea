// What a handler receives: the caller, its validated input, and the sandbox
// services. Handlers never see Fastify; they return the documented body.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { Clock } from '../clock.ts';
import type { IdGenerator } from '../ids.ts';
import type { Operation } from '../contract.ts';
import type { Account } from '../platform/accounts.ts';
import type { Page, PageRequest } from '../platform/pagination.ts';

export interface Caller {
  accountId: string;
  clientId: string;
  scopes: Set<string>;
}

export interface RequestContext {
  caller: Caller;
  operation: Operation;
  params: Record<string, string>;
  query: Record<string, any>;
  body: any;
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  /**
   * The account this request acts on: `{accountId}` resolved (`me`, the caller,
   * or one of its sub accounts) or, for paths without it, the caller's own.
   */
  account(): Promise<Account>;
  /** One page of a list, with this operation's documented error for a bad page token. */
  page<Row extends { seq: number }>(
    req: PageRequest,
    filters: Record<string, unknown>,
    fetch: (afterSeq: number, limit: number) => Promise<Row[]>,
    count: () => Promise<number>,
  ): Promise<Page<Row>>;
}

/** Returns the response body (undefined for 204); the status comes from the contract. */
export type Handler = (ctx: RequestContext) => Promise<unknown>;

/** A stub the scaffold writes: the family owns the operation, which answers 501 until written. */
export const notImplemented = Object.freeze({ notImplemented: true as const });
export type NotImplemented = typeof notImplemented;

export type HandlerMap = Record<string, Handler | NotImplemented>;

export const isImplemented = (h: Handler | NotImplemented): h is Handler => typeof h === 'function';
