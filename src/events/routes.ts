// The webhooks in the control plane: an app's event subscriptions (listed,
// created — which validates the endpoint —, updated, deleted), the delivery log
// and redelivery. The CLI runs the same routes (`switchboard webhooks …`).
import type { Sandbox } from '../sandbox.ts';
import type { Route } from '../http/control-plane.ts';
import { ZoomError } from '../errors.ts';
import { findAccount } from '../platform/accounts.ts';
import { subscriptionNotFound, createSubscription, deleteSubscription, findSubscription, listSubscriptions, present, revalidate, updateSubscription, PHONE_EVENT_NAMES } from './subscriptions.ts';
import { deliveryLog, redeliver } from './log.ts';

const subscription = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    account_id: { type: 'string' },
    client_id: { type: ['string', 'null'], description: "The Server-to-Server OAuth app whose subscription it is (an app's event subscriptions, as in Zoom's app model)." },
    name: { type: 'string' },
    endpoint_url: { type: 'string' },
    secret_token: { type: 'string', description: 'The token events are signed with (x-zm-signature) and endpoint validation is hashed with.' },
    events: { type: 'array', items: { type: 'string' } },
    include_sub_accounts: { type: 'boolean' },
    status: { type: 'string', enum: ['active', 'validation_failed'], description: 'Events go to active subscriptions only.' },
    validated_at: { type: ['string', 'null'], format: 'date-time' },
    validation_error: { type: ['string', 'null'] },
    created_at: { type: 'string', format: 'date-time' },
    updated_at: { type: 'string', format: 'date-time' },
  },
};
const fields = {
  name: { type: 'string', minLength: 1, maxLength: 128 },
  endpoint_url: { type: 'string', minLength: 1, maxLength: 2048, description: 'Where events are POSTed; validated with endpoint.url_validation before the subscription is active.' },
  events: { type: 'array', items: { type: 'string', enum: PHONE_EVENT_NAMES }, minItems: 1, uniqueItems: true },
  secret_token: { type: 'string', minLength: 8, maxLength: 128, description: 'Default: a new token.' },
  include_sub_accounts: { type: 'boolean', description: "A master account's app: receive its sub accounts' events too." },
};
const byId = { type: 'object', properties: { subscriptionId: { type: 'string' } }, required: ['subscriptionId'] };
const date = { type: 'string', format: 'date-time' };
const attempt = {
  type: 'object',
  properties: {
    attempt: { type: 'integer' },
    at: date,
    status_code: { type: ['integer', 'null'] },
    latency_ms: { type: 'integer' },
    outcome: { type: 'string', enum: ['delivered', 'failed'] },
    error: { type: ['string', 'null'] },
    signature: { type: 'string' },
  },
};
const delivery = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    event_id: { type: 'string' },
    event: { type: 'string' },
    event_ts: { type: 'integer' },
    status: { type: 'string', enum: ['pending', 'delivered', 'failed'] },
    next_attempt_at: { type: ['string', 'null'], format: 'date-time' },
    body: { type: 'string', description: 'The exact body POSTed.' },
    attempts: { type: 'array', items: attempt },
  },
};

async function mustFind(s: Sandbox, id: string) {
  const found = await findSubscription(s.db, id);
  if (!found) throw subscriptionNotFound(id);
  return found;
}

async function isMaster(s: Sandbox, accountId: string): Promise<boolean> {
  const account = await findAccount(s.db, accountId);
  if (!account) throw new ZoomError(404, 2001, 'Account does not exist.');
  return account.parent_id === null;
}

const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

export const webhookRoutes: Route[] = [
  {
    method: 'GET',
    url: '/webhooks',
    summary: "List event subscriptions (an account's or an app's, or every one)",
    status: 200,
    querystring: { type: 'object', properties: { account_id: { type: 'string' }, client_id: { type: 'string' } } },
    response: { type: 'object', properties: { subscriptions: { type: 'array', items: subscription } } },
    run: async (s, req) => {
      const q = req.query as { account_id?: string; client_id?: string };
      return { subscriptions: (await listSubscriptions(s.db, { accountId: q.account_id, clientId: q.client_id })).map(present) };
    },
  },
  {
    method: 'POST',
    url: '/webhooks',
    summary: "Subscribe an app's endpoint to phone events; the endpoint is validated (endpoint.url_validation) before events go to it",
    status: 201,
    body: {
      type: 'object',
      required: ['endpoint_url', 'events'],
      properties: {
        account_id: { type: 'string', description: 'The app\'s account (default: the demo account).' },
        client_id: { type: 'string', description: "The app (its client_id) the subscription is one of; an app of the account." },
        ...fields,
      },
    },
    response: subscription,
    run: async (s, req) => {
      const { account_id, ...input } = req.body as { account_id?: string };
      const accountId = account_id ?? s.demo.accountId;
      return present(await createSubscription(s.db, accountId, await isMaster(s, accountId), input, s.clock.now()));
    },
  },
  {
    method: 'GET',
    url: '/webhooks/:subscriptionId',
    summary: 'An event subscription',
    status: 200,
    params: byId,
    response: subscription,
    run: async (s, req) => present(await mustFind(s, (req.params as { subscriptionId: string }).subscriptionId)),
  },
  {
    method: 'PATCH',
    url: '/webhooks/:subscriptionId',
    summary: 'Change an event subscription; a new endpoint URL or secret token is validated again',
    status: 200,
    params: byId,
    body: { type: 'object', properties: fields, minProperties: 1 },
    response: subscription,
    run: async (s, req) => {
      const row = await mustFind(s, (req.params as { subscriptionId: string }).subscriptionId);
      return present(await updateSubscription(s.db, row, await isMaster(s, row.account_id), req.body as object, s.clock.now()));
    },
  },
  {
    method: 'DELETE',
    url: '/webhooks/:subscriptionId',
    summary: 'Delete an event subscription, with what it is owed and its delivery log',
    status: 204,
    params: byId,
    run: async (s, req) => {
      await deleteSubscription(s.db, (await mustFind(s, (req.params as { subscriptionId: string }).subscriptionId)).id);
      return undefined;
    },
  },
  {
    method: 'POST',
    url: '/webhooks/:subscriptionId/validate',
    summary: 'Validate the endpoint again now (a subscription that passes is active, one that fails is not)',
    status: 200,
    params: byId,
    response: subscription,
    run: async (s, req) => {
      const row = await revalidate(s.db, await mustFind(s, (req.params as { subscriptionId: string }).subscriptionId), s.clock.now());
      s.dispatcher.kick();
      return present(row);
    },
  },
  {
    method: 'GET',
    url: '/webhooks/:subscriptionId/deliveries',
    summary: 'The delivery log: each event owed, in order, with every attempt (time, status code, latency, signature) and the exact body sent',
    status: 200,
    params: byId,
    querystring: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['pending', 'delivered', 'failed'] },
        event: { type: 'string' },
        from: { ...date, description: 'Events whose event_ts is at or after.' },
        to: { ...date, description: 'Events whose event_ts is at or before.' },
        page_size: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
        next_page_token: { type: 'string' },
      },
    },
    response: { type: 'object', properties: { deliveries: { type: 'array', items: delivery }, next_page_token: { type: 'string' } } },
    run: async (s, req) => {
      const row = await mustFind(s, (req.params as { subscriptionId: string }).subscriptionId);
      const q = req.query as { from?: string; to?: string; page_size: number; status?: 'pending'; event?: string; next_page_token?: string };
      return deliveryLog(s.db, row.id, { ...q, from: ms(q.from), to: ms(q.to) });
    },
  },
  {
    method: 'POST',
    url: '/webhooks/:subscriptionId/redeliver',
    summary: 'Send again one event this subscription was owed (event_id), or every one whose event_ts is in a window (from, to)',
    status: 202,
    params: byId,
    body: { type: 'object', minProperties: 1, properties: { event_id: { type: 'string' }, from: date, to: date } },
    response: { type: 'object', properties: { deliveries: { type: 'array', items: { type: 'string' }, description: 'The new deliveries, due now.' } } },
    run: async (s, req) => {
      const row = await mustFind(s, (req.params as { subscriptionId: string }).subscriptionId);
      const b = req.body as { event_id?: string; from?: string; to?: string };
      const deliveries = await redeliver(s.db, row.id, row.account_id, { event_id: b.event_id, from: ms(b.from), to: ms(b.to) });
      s.dispatcher.kick();
      return { deliveries };
    },
  },
];
