// Registers every operation of the contract under /v2: validation and
// serialization compiled from its schemas, then auth, scopes and rate limits,
// then the family's handler, or an honest 501 where there is none.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Sandbox } from '../sandbox.ts';
import { routePath, type Operation } from '../contract.ts';
import { expiredToken, invalidToken, missingScopes, ZoomError } from '../errors.ts';
import type { Caller, InvalidInput, OperationId, RequestContext } from '../kit/context.ts';
import type { Registered } from '../kit/compose.ts';
import { DEFAULT_LABEL } from '../platform/rate-limits.ts';
import { documentedError, documentedErrorFor } from '../kit/errors.ts';
import { fieldOf } from './errors.ts';
import { AccountStore } from '../kit/store.ts';
import { listPage, pageTokenError } from '../kit/list.ts';
import type { PageRequest } from '../platform/pagination.ts';
import { STAMP_TOLERANCE_MS } from '../platform/kept-answers.ts';
import { arrayQueryParams, splitCommaLists } from './protocol.ts';
import { serializable } from './response-schemas.ts';
import { FileAnswer, RedirectAnswer } from '../kit/files.ts';
import { isWrite, logWrite } from '../platform/operation-log.ts';

declare module 'fastify' {
  interface FastifyRequest {
    caller?: Caller;
  }
}

export function registerOperations(
  app: FastifyInstance,
  sandbox: Sandbox,
  operations: Operation[],
  handlers: Map<string, Registered>,
): void {
  function guard(op: Operation) {
    const needed = [...op.scopes, ...op.granularScopes];
    const label = op.label ?? DEFAULT_LABEL;
    return async (request: FastifyRequest, reply: FastifyReply) => {
      const m = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
      const check = m ? await sandbox.tokens.verify(m[1], sandbox.clock.now()) : undefined;
      if (!check?.ok) throw check?.expired ? expiredToken() : invalidToken();
      const grant = check.grant;
      if (needed.length > 0 && !needed.some((s) => grant.scopes.has(s))) throw missingScopes(needed);
      if (sandbox.rateLimits) {
        const decision = await sandbox.rateLimiter.check(grant.accountId, (await sandbox.accounts.find(grant.accountId))?.plan ?? 'business_plus', label, sandbox.clock.now());
        if (!decision.allowed) throw new ZoomError(429, 429, decision.message!, undefined, decision.headers);
        reply.headers(decision.headers);
      }
      request.caller = { accountId: grant.accountId, clientId: grant.clientId, scopes: grant.scopes };
    };
  }

  for (const op of operations) {
    const entry = handlers.get(op.operationId);
    // The family's handle on the database: it may write its own tables only.
    const db = entry?.family.owner.bind(sandbox.db);
    const invalidPageToken = pageTokenError(op.operationId);
    const arrays = arrayQueryParams(op);
    const invalidInput = entry?.family.invalidInput?.[op.operationId as keyof InvalidInput] as Record<string, string> | undefined;
    const keepable = op.method === 'GET' && entry !== undefined;
    const optionalObjectBody = !op.bodyRequired && (op.bodySchema as { type?: unknown } | undefined)?.type === 'object';
    app.route({
      method: op.method as any,
      url: routePath(op.path),
      bodyLimit: entry?.family.bodyLimits?.[op.operationId as OperationId],
      schema: definedOnly({
        params: op.paramsSchema,
        querystring: op.querySchema,
        body: op.bodySchema,
        response: Object.keys(op.responseSchemas).length ? serializable(op.responseSchemas) : undefined,
      }),
      onRequest: guard(op),
      preValidation:
        arrays.length || optionalObjectBody
          ? async (request) => {
              if (arrays.length) splitCommaLists(request.query as Record<string, unknown>, arrays);
              // A body the page marks optional, left out, is an empty one: what a client that sends none means.
              if (optionalObjectBody && request.body === undefined) request.body = {};
            }
          : undefined,
      // The handler decides what a refused value answers: the page's own error where it documents one.
      attachValidation: true,
      handler: async (request, reply) => {
        if (request.validationError) throw documentedRefusal(op.operationId, invalidInput, request) ?? request.validationError;
        if (!entry) throw new ZoomError(501, 501, `${op.operationId} is not implemented by this server`);
        const caller = request.caller!;
        const query = (request.query ?? {}) as Record<string, any>;
        // A read's answer may be served again while the database has not changed (src/platform/kept-answers.ts).
        const key = keepable ? `${caller.accountId}\u0000${caller.clientId}\u0000${request.url}` : undefined;
        if (key !== undefined) {
          const kept = sandbox.answers.find(key);
          if (kept !== undefined) return reply.code(op.successStatus).send(kept);
        }
        const startMark = key !== undefined && !query.next_page_token ? sandbox.answers.mark() : undefined;
        let timeOrChance = false;
        const params = request.params as Record<string, string>;
        const ctx: RequestContext<any> = {
          caller,
          operation: op,
          params,
          query,
          body: request.body,
          db: db!,
          clock: { now: () => ((timeOrChance = true), sandbox.clock.now()) },
          ids: { next: () => ((timeOrChance = true), sandbox.ids.next()) },
          account: () =>
            params.accountId !== undefined
              ? sandbox.accounts.resolve(caller.accountId, params.accountId)
              : sandbox.accounts.find(caller.accountId).then((a) => a ?? Promise.reject(invalidToken())),
          fail: (name, values) => documentedError(op.operationId, name, values),
          store: async () => new AccountStore(db!, (await ctx.account()).id),
          list: (spec) => listPage(op, sandbox.paginator, query as PageRequest, invalidPageToken, spec) as Promise<any>,
        };
        const body = await entry.handler(ctx);
        if (isWrite(op.method)) {
          await logWrite(sandbox.db, {
            accountId: (await ctx.account()).id,
            at: sandbox.clock.now(),
            operator: caller.clientId,
            method: op.method,
            category: op.tags[0] ?? '',
            summary: op.summary ?? op.operationId,
            url: request.url.replace(/^\/v2/, ''),
          });
        }
        // Files and redirects are sent as they are, never kept as JSON.
        const plain = !(body instanceof FileAnswer || body instanceof RedirectAnswer);
        if (startMark !== undefined && !timeOrChance && plain) {
          const stamped = Boolean((body as { next_page_token?: string } | undefined)?.next_page_token);
          sandbox.answers.keep(key!, startMark, body, stamped ? sandbox.clock.now() + STAMP_TOLERANCE_MS : undefined);
        }
        if (body instanceof FileAnswer) {
          reply.code(op.successStatus).header('content-type', body.contentType);
          if (body.filename) reply.header('content-disposition', `attachment; filename="${body.filename}"`);
          return reply.send(body.body);
        }
        if (body instanceof RedirectAnswer) return reply.code(op.successStatus).header('location', body.location).send();
        reply.code(op.successStatus);
        return op.successStatus === 204 ? reply.send() : reply.send(body);
      },
    });
  }
}

/** The documented error a family declares (InvalidInput) for the first refusal it names, its placeholders the refused value. */
function documentedRefusal(operationId: string, byField: Record<string, string> | undefined, request: FastifyRequest): ZoomError | undefined {
  const error = request.validationError as (Error & { validation?: any[]; validationContext?: string }) | undefined;
  if (!byField || !error?.validation) return undefined;
  for (const v of error.validation) {
    const name = invalidInputKeys(fieldOf(v, error.validationContext).field, v.keyword, error.validationContext)
      .map((f) => byField[f])
      .find(Boolean);
    if (!name) continue;
    const source = error.validationContext === 'querystring' ? request.query : error.validationContext === 'params' ? request.params : request.body;
    const value = valueAt(source, v.instancePath);
    return documentedErrorFor(operationId, name, value === undefined || typeof value === 'object' ? '' : String(value));
  }
  return undefined;
}

/**
 * The keys of an InvalidInput map that name a refusal of `field` by `keyword`,
 * most specific first: the field, then its parents (`a.b[0].c`, `a.b[0]`,
 * `a.b`, `a`), then the part itself (`body`, `querystring`); each as written
 * and with its indices as `[]` (any item), each with `#keyword` before without.
 */
function invalidInputKeys(field: string, keyword: string, context: string | undefined): string[] {
  const steps = field.replace(/^(\d+)(?=\.|$)/, '[$1]').split(/\.|(?=\[)/);
  const paths = steps.map((_, i) => steps.slice(0, steps.length - i).join('.').replace(/\.\[/g, '['));
  const keys = [...paths, context ?? 'body'].flatMap((p) => {
    const any = p.replace(/\[\d+\]/g, '[]');
    return [`${p}#${keyword}`, `${any}#${keyword}`, p, any];
  });
  return [...new Set(keys)];
}

/** The value at a validator's instance path (`/a/0/b`) of a request part. */
function valueAt(source: unknown, pointer: string | undefined): unknown {
  let at: any = source;
  for (const key of String(pointer ?? '').split('/').filter(Boolean)) at = at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  return at;
}

/** Methods the contract serves at a concrete path, for 405 answers. */
export function methodsIndex(operations: Operation[]): (url: string) => string[] {
  const patterns = operations.map((op) => ({
    method: op.method,
    re: new RegExp('^' + routePath(op.path).replace(/:[^/]+/g, '[^/]+') + '/?$'),
  }));
  return (url) => [...new Set(patterns.filter((p) => p.re.test(url)).map((p) => p.method))];
}

/** Fastify warns about schema keys given as undefined; leave them out instead. */
export function definedOnly(schema: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([, v]) => v !== undefined));
}
