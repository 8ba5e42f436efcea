// The sandbox's own API (not Zoom's): accounts, apps, reset and the clock, under
// one prefix and an admin key. Its route definitions are also its OpenAPI paths.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Sandbox } from '../sandbox.ts';
import { ZoomError } from '../errors.ts';
import { createAccount, findAccount, listAccounts, PLANS, setPlan, type Plan } from '../platform/accounts.ts';
import { createApp, listApps } from '../platform/apps.ts';
import { secret } from '../ids.ts';
import { isAdminKey } from '../platform/secrets.ts';
import { allScopes } from '../kit/seed.ts';
import { isoSeconds } from '../clock.ts';
import { definedOnly } from './operations.ts';
import { simRoutes } from '../sim/routes.ts';
import type { SimRoute } from '../sim/route.ts';
import { webhookRoutes } from '../events/routes.ts';
import { successSchema } from '../kit/json-schema.ts';

export const CONTROL_PREFIX = '/_sandbox';
export const ADMIN_HEADER = 'x-admin-key';
const TAG = 'Sandbox control plane';
const group = {
  type: 'object',
  properties: { id: { type: 'string' }, name: { type: 'string' }, member_ids: { type: 'array', items: { type: 'string' } } },
};

const account = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    parent_id: { type: ['string', 'null'] },
    name: { type: 'string' },
    plan: { type: 'string', enum: PLANS },
    created_at: { type: 'string', format: 'date-time' },
  },
};
const app = {
  type: 'object',
  properties: {
    client_id: { type: 'string' },
    client_secret: { type: 'string', description: 'Shown once, when the app is created.' },
    account_id: { type: 'string' },
    name: { type: 'string' },
    scopes: { type: 'array', items: { type: 'string' } },
  },
};
const clock = { type: 'object', properties: { now: { type: 'string', format: 'date-time' }, offset_seconds: { type: 'number' } } };
const accountParams = { type: 'object', properties: { accountId: { type: 'string' } }, required: ['accountId'] };

export interface Route {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  status: number;
  params?: object;
  querystring?: object;
  body?: object;
  response?: object;
  run: (sandbox: Sandbox, req: FastifyRequest) => Promise<unknown>;
}

const presentAccount = (a: { id: string; parent_id: string | null; name: string; plan: string; created_at: number }) => ({
  ...a,
  created_at: isoSeconds(a.created_at),
});

async function mustFindAccount(sandbox: Sandbox, id: string) {
  const found = await findAccount(sandbox.db, id);
  if (!found) throw new ZoomError(404, 2001, 'Account does not exist.');
  return found;
}

const routes: Route[] = [
  {
    method: 'GET',
    url: '/accounts',
    summary: 'List accounts and sub accounts',
    status: 200,
    response: { type: 'object', properties: { accounts: { type: 'array', items: account } } },
    run: async (s) => ({ accounts: (await listAccounts(s.db)).map(presentAccount) }),
  },
  {
    method: 'POST',
    url: '/accounts',
    summary: 'Create a master account, or a sub account when parent_id is given',
    status: 201,
    body: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1, maxLength: 128 },
        id: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' },
        parent_id: { type: 'string' },
        plan: { type: 'string', enum: PLANS, default: 'business_plus' },
      },
    },
    response: account,
    run: async (s, req) => {
      const b = req.body as { name: string; id?: string; parent_id?: string; plan: Plan };
      const id = b.id ?? s.ids.next();
      if (await findAccount(s.db, id)) throw new ZoomError(409, 409, `Account ${id} already exists.`);
      return presentAccount(await createAccount(s.db, { id, name: b.name, plan: b.plan, parentId: b.parent_id ?? null, now: s.clock.now() }));
    },
  },
  {
    method: 'PATCH',
    url: '/accounts/:accountId',
    summary: "Change an account's rate-limit plan",
    status: 200,
    params: accountParams,
    body: { type: 'object', required: ['plan'], properties: { plan: { type: 'string', enum: PLANS } } },
    response: account,
    run: async (s, req) => {
      const { accountId } = req.params as { accountId: string };
      await mustFindAccount(s, accountId);
      await setPlan(s.db, accountId, (req.body as { plan: Plan }).plan);
      s.accounts.forget(accountId);
      return presentAccount(await mustFindAccount(s, accountId));
    },
  },
  {
    method: 'GET',
    url: '/accounts/:accountId/apps',
    summary: "List an account's Server-to-Server OAuth apps",
    status: 200,
    params: accountParams,
    response: { type: 'object', properties: { apps: { type: 'array', items: app } } },
    run: async (s, req) => {
      const { accountId } = req.params as { accountId: string };
      await mustFindAccount(s, accountId);
      return { apps: await listApps(s.db, accountId) };
    },
  },
  {
    method: 'POST',
    url: '/accounts/:accountId/apps',
    summary: 'Create a Server-to-Server OAuth app (client id and secret) for an account',
    status: 201,
    params: accountParams,
    body: {
      type: 'object',
      properties: {
        name: { type: 'string', default: 'Server-to-Server OAuth app' },
        scopes: { type: 'array', items: { type: 'string' }, description: 'Defaults to every scope the contract names.' },
      },
    },
    response: app,
    run: async (s, req) => {
      const { accountId } = req.params as { accountId: string };
      await mustFindAccount(s, accountId);
      const b = (req.body ?? {}) as { name?: string; scopes?: string[] };
      const clientSecret = secret();
      const created = await createApp(s.db, {
        accountId,
        clientId: s.ids.next(),
        clientSecret,
        name: b.name ?? 'Server-to-Server OAuth app',
        scopes: b.scopes ?? allScopes(),
        now: s.clock.now(),
      });
      return { ...created, client_secret: clientSecret };
    },
  },
  {
    method: 'GET',
    url: '/accounts/:accountId/groups',
    summary: "List an account's Zoom groups (Zoom's Groups API is outside this contract) with the users whose main group each is: their phone policies inherit the group's",
    status: 200,
    params: accountParams,
    response: { type: 'object', properties: { groups: { type: 'array', items: group } } },
    run: async (s, req) => {
      const { accountId } = req.params as { accountId: string };
      await mustFindAccount(s, accountId);
      return { groups: await s.groups(accountId) };
    },
  },
  {
    method: 'POST',
    url: '/accounts/:accountId/groups',
    summary: 'Add a Zoom group to an account; the users named (ids or emails) make it their main group',
    status: 201,
    params: accountParams,
    body: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string', minLength: 1, maxLength: 128 }, members: { type: 'array', items: { type: 'string' }, maxItems: 300 } },
    },
    response: group,
    run: async (s, req) => {
      const { accountId } = req.params as { accountId: string };
      await mustFindAccount(s, accountId);
      const b = req.body as { name: string; members?: string[] };
      const made = await s.addGroup(accountId, b.name, b.members ?? []);
      if ('missing' in made) throw new ZoomError(404, 1001, `User does not exist: ${made.missing}.`, [{ field: 'members', message: `User does not exist: ${made.missing}.` }]);
      return made;
    },
  },
  {
    method: 'DELETE',
    url: '/accounts/:accountId/users/:userId',
    summary:
      'Take a user out of Zoom Phone, as deleting the Zoom user or taking back its phone licence does: its extension, numbers, calling plans, group memberships and SIP phones are released',
    status: 204,
    params: { type: 'object', properties: { accountId: { type: 'string' }, userId: { type: 'string', description: 'User id or email' } }, required: ['accountId', 'userId'] },
    run: async (s, req) => {
      const { accountId, userId } = req.params as { accountId: string; userId: string };
      await mustFindAccount(s, accountId);
      if (!(await s.removePhoneUser(accountId, userId))) throw new ZoomError(404, 1001, `User does not exist: ${userId}.`);
      return undefined;
    },
  },
  {
    method: 'POST',
    url: '/reset',
    summary: 'Erase all state and seed the demo account again',
    status: 204,
    run: async (s) => {
      await s.reset();
      return undefined;
    },
  },
  {
    method: 'GET',
    url: '/clock',
    summary: "The sandbox's current time",
    status: 200,
    response: clock,
    run: async (s) => ({ now: isoSeconds(s.clock.now()), offset_seconds: Math.round((s.clock.now() - Date.now()) / 1000) }),
  },
  {
    method: 'POST',
    url: '/clock',
    summary: 'Move the sandbox clock forward (token, page-token and rate-limit expiry follow it; webhook retries that come due are sent)',
    status: 200,
    body: { type: 'object', required: ['advance_seconds'], properties: { advance_seconds: { type: 'integer', minimum: 1 } } },
    response: clock,
    run: async (s, req) => {
      const now = await s.advanceClock((req.body as { advance_seconds: number }).advance_seconds * 1000);
      // Retries that came due go out now, as they would have while the time passed.
      s.dispatcher.kick();
      return { now: isoSeconds(now), offset_seconds: Math.round((now - Date.now()) / 1000) };
    },
  },
];

/** A simulation as a control-plane route: its body names the account (the demo account when left out), and it runs in one transaction. */
function simulation(sim: SimRoute): Route {
  const body = {
    ...sim.body,
    properties: { account_id: { type: 'string', description: 'The account the simulation happens in (default: the demo account).' }, ...sim.body.properties },
  };
  return {
    method: sim.method,
    url: sim.url,
    summary: sim.summary,
    status: sim.status,
    body,
    response: sim.response,
    run: async (s, req) => {
      const { account_id, ...rest } = req.body as { account_id?: string };
      const accountId = (await mustFindAccount(s, account_id ?? s.demo.accountId)).id;
      const answer = await s.db.transaction().execute((trx) => sim.run({ db: trx, accountId, clock: s.clock, ids: s.ids }, rest));
      s.dispatcher.kickIfWritten();
      return answer;
    },
  };
}

/** The account settings document's shape as a change of it: every setting type optional, `reset` allowed, `locked_by` the server's. */
function accountSettingsChange(): object {
  const document = successSchema('listAnAccountsZoomPhoneSettings');
  const settings = Object.entries(document.properties ?? {}).map(([key, setting]) => {
    const { locked_by: _server, ...fields } = setting.properties ?? {};
    const reset = { type: 'boolean', description: "Back to the sandbox's default for a new account" };
    return [key, { ...setting, properties: { ...fields, reset } }];
  });
  return { type: 'object', additionalProperties: false, minProperties: 1, properties: Object.fromEntries(settings) };
}

/** The admin portal's Account Settings: the document /phone/account_settings reads, which sites and users inherit. */
const accountSettingsRoute = (): Route => ({
  method: 'PATCH',
  url: '/accounts/:accountId/phone_settings',
  summary:
    "Change the account's Zoom Phone settings document (GET /phone/account_settings) as an admin does in Zoom's web portal: each setting given is merged over the account's; " +
    '`locked: true` locks it for every site and user (their changes of it no longer show, and a change below is refused); `reset: true` returns it to the default',
  status: 204,
  params: accountParams,
  body: accountSettingsChange(),
  run: async (s, req) => {
    const { accountId } = req.params as { accountId: string };
    await mustFindAccount(s, accountId);
    const { unknown } = await s.changeAccountSettings(accountId, req.body as Record<string, unknown>);
    if (unknown.length) throw new ZoomError(400, 300, `Unknown setting type: ${unknown.join(', ')}.`);
    return undefined;
  },
});

export const allRoutes = (): Route[] => [...routes, accountSettingsRoute(), ...simRoutes.map(simulation), ...webhookRoutes];

export function registerControlPlane(fastify: FastifyInstance, sandbox: Sandbox): void {
  for (const r of allRoutes()) {
    fastify.route({
      method: r.method,
      url: CONTROL_PREFIX + r.url,
      schema: definedOnly({ params: r.params, querystring: r.querystring, body: r.body, response: r.response ? { [r.status]: r.response } : undefined }),
      onRequest: async (req) => {
        if (!isAdminKey(req.headers[ADMIN_HEADER] as string | undefined, sandbox.adminKeyHash)) {
          throw new ZoomError(401, 124, `Missing or wrong ${ADMIN_HEADER} header.`);
        }
      },
      handler: async (req, reply) => {
        const body = await r.run(sandbox, req);
        reply.code(r.status);
        return r.status === 204 ? reply.send() : reply.send(body);
      },
    });
  }
}

/** The control plane as OpenAPI paths, merged into the served document under its own tag. */
export function controlPlaneOpenApi(): { tag: object; paths: Record<string, any>; securityScheme: object } {
  const paths: Record<string, any> = {};
  for (const r of allRoutes()) {
    const path = CONTROL_PREFIX + r.url.replace(/:(\w+)/g, '{$1}');
    const inPath = Object.keys((r.params as { properties?: object } | undefined)?.properties ?? {}).map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } }));
    const inQuery = Object.entries((r.querystring as { properties?: Record<string, object> } | undefined)?.properties ?? {}).map(([name, schema]) => ({ name, in: 'query', schema }));
    const params = inPath.length + inQuery.length ? [...inPath, ...inQuery] : undefined;
    // The control plane is not under /v2; a path-level server says so.
    paths[path] ??= { servers: [{ url: '/' }] };
    paths[path][r.method.toLowerCase()] = {
      tags: [TAG],
      summary: r.summary,
      operationId: `sandbox${r.method[0]}${r.method.slice(1).toLowerCase()}${r.url.replace(/[/:](\w)/g, (_, c: string) => c.toUpperCase())}`,
      security: [{ sandbox_admin_key: [] }],
      ...(params && { parameters: params }),
      ...(r.body && { requestBody: { required: true, content: { 'application/json': { schema: r.body } } } }),
      responses: {
        [r.status]: r.response ? { description: 'OK', content: { 'application/json': { schema: r.response } } } : { description: 'Done' },
        401: { description: 'Missing or wrong admin key' },
      },
    };
  }
  return {
    tag: { name: TAG, description: 'Not part of Zoom\'s API: manage the sandbox itself. Send the admin key printed at start in the `x-admin-key` header.' },
    paths,
    securityScheme: { type: 'apiKey', in: 'header', name: ADMIN_HEADER },
  };
}
