// What a handler receives: the caller, its validated input typed from the
// contract, and the sandbox services. Handlers never see Fastify; they return
// the documented body, and tsc checks it against the operation's response type.
import type { FileAnswer, RedirectAnswer } from './files.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { Clock } from '../clock.ts';
import type { IdGenerator } from '../ids.ts';
import type { Operation } from '../contract.ts';
import type { Account } from '../platform/accounts.ts';
import type { ZoomError } from '../errors.ts';
import type { AccountStore } from './store.ts';
import type { ListSpec } from './list.ts';
import type { OperationId, Operations } from '../../spec/operations.ts';
import type { documentedErrors } from '../../spec/errors.ts';

export type { OperationId, Operations };

export interface Caller {
  accountId: string;
  clientId: string;
  scopes: Set<string>;
}

/** The names of an operation's documented errors (spec/errors.ts). */
export type ErrorName<Id extends OperationId> = Id extends keyof typeof documentedErrors ? keyof (typeof documentedErrors)[Id] & string : never;

export interface RequestContext<Id extends OperationId = any> {
  caller: Caller;
  operation: Operation;
  params: Operations[Id]['params'];
  query: Operations[Id]['query'];
  body: Operations[Id]['body'];
  /** The family's handle: it writes the family's own tables only. */
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  /**
   * The account this request acts on: `{accountId}` resolved (`me`, the caller,
   * or one of its sub accounts) or, for paths without it, the caller's own.
   */
  account(): Promise<Account>;
  /** The account's store: every query it makes is scoped to `account()`. */
  store(): Promise<AccountStore>;
  /**
   * One page of a list in the envelope the contract declares for this operation
   * (items key, and page_size / total_records / next_page_token where documented).
   */
  list<K extends keyof NonNullable<ResponseOf<Id>> & string, Row extends { seq: number }>(
    spec: Omit<ListSpec<Row, ItemOf<Id, K>>, 'items'> & { items: K },
  ): Promise<ResponseOf<Id>>;
  /** This operation's documented error by its catalogue name, `{placeholders}` filled from `values`. */
  fail(name: ErrorName<Id>, values?: Record<string, string | number>): ZoomError;
}

/**
 * Where an operation's page documents its own error for a value the schema
 * refuses (an unknown enum value, a field left out), the field path the
 * validator names (`allocated_product`, `phone_numbers[0].number`; `[]` for any
 * item: `phone_numbers[].number`, `[].status` in a body that is a list) or one of
 * its parents (`phone_numbers`; `body` or `querystring` for anything in that
 * part), optionally narrowed to one refusal by the schema keyword
 * (`phone_numbers#maxItems`, `status#enum`) -> that documented error, the most
 * specific key winning; its `{placeholders}` take the refused value. Other
 * refusals answer the generic 400/300 "Validation Failed.".
 */
export type InvalidInput = { [Id in OperationId]?: Partial<Record<string, ErrorName<Id>>> };

/**
 * Returns the response body (undefined for 204); the status comes from the contract.
 * An operation whose success has no JSON body (a download, a redirect) returns a file or a redirect.
 */
export type Handler<Id extends OperationId = any> = (ctx: RequestContext<Id>) => Promise<Answer<Id>>;
type Answer<Id extends OperationId> = Operations[Id]['response'] extends undefined ? void | FileAnswer | RedirectAnswer : Operations[Id]['response'];

/** A stub the scaffold writes: the family owns the operation, which answers 501 until written. */
export const notImplemented = Object.freeze({ notImplemented: true as const });
export type NotImplemented = typeof notImplemented;

export type HandlerMap = { [Id in OperationId]?: Handler<Id> | NotImplemented };

export const isImplemented = (h: unknown): h is Handler => typeof h === 'function';

/**
 * True when a value of type T has no property, at any depth, that Shape lacks.
 * TypeScript checks excess properties only on object literals assigned to an
 * annotated type; a handler's returned literal is inferred first and then
 * compared structurally, so a misspelt optional field would pass unseen.
 */
type NoExtra<T, Shape> = T extends readonly (infer E)[]
  ? NonNullable<Shape> extends readonly (infer S)[]
    ? NoExtra<E, S>
    : true
  : T extends object
    ? NonNullable<Shape> extends object
      ? Exclude<keyof T, AnyKey<NonNullable<Shape>>> extends never
        ? true | { [K in keyof T]: K extends AnyKey<NonNullable<Shape>> ? NoExtra<T[K], FieldOf<NonNullable<Shape>, K>> : false }[keyof T]
        : false
      : true
    : true;

/** A field of any alternative of a documented anyOf/oneOf (keyof a union names only the fields all share). */
type AnyKey<S> = S extends unknown ? keyof S : never;
type FieldOf<S, K extends PropertyKey> = S extends unknown ? (K extends keyof S ? S[K] : never) : never;

/** Each handler as written, or, where it returns a field its documented response lacks, a type naming the operation (a file or a redirect is sent as it is, not checked). */
export type CheckedHandlers<H> = {
  [K in keyof H]: K extends OperationId
    ? H[K] extends (ctx: any) => Promise<infer R>
      ? false extends NoExtra<Exclude<R, FileAnswer | RedirectAnswer>, Operations[K]['response']>
        ? { [P in `${K} returns a field its documented response does not have`]: R }
        : H[K]
      : H[K]
    : never;
};

/**
 * A family's handlers, each typed from its operation: a key that is not an
 * operationId, an input field the operation lacks, a wrong enum value, a missing
 * required field, or a returned field the documented response does not have
 * (at any depth) fails tsc — the last where the map meets `defineFamily`.
 */
export function defineHandlers<H extends HandlerMap>(handlers: H): CheckedHandlers<H> {
  return handlers as CheckedHandlers<H>;
}

/** The documented success body of an operation. */
export type ResponseOf<Id extends OperationId> = Operations[Id]['response'];

/** One element of a list the success body holds under `key` (a page's items, say). */
export type ItemOf<Id extends OperationId, K extends keyof NonNullable<ResponseOf<Id>>> = NonNullable<NonNullable<ResponseOf<Id>>[K]> extends readonly (infer T)[] ? T : never;

/** The request body of an operation, as validated. */
export type BodyOf<Id extends OperationId> = NonNullable<Operations[Id]['body']>;
