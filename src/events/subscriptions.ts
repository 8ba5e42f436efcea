// Apps' event subscriptions, as Zoom's app model has them: an endpoint URL, the
// events subscribed to and the secret token they are signed with. An endpoint is
// validated (endpoint.url_validation) before its subscription is active, and
// again every 72 hours of sandbox time; one that fails is deactivated.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../store/schema.ts';
import { isoSeconds } from '../clock.ts';
import { ZoomError } from '../errors.ts';
import { encryptedToken, newSecretToken, urlValidationBody } from './signing.ts';
import { postSigned } from './post.ts';
import type { WebhookSubscriptionTable } from './tables.ts';

const invalid = (message: string, field: string) => new ZoomError(400, 300, message, [{ field, message }]);

export const subscriptionNotFound = (id: string) => new ZoomError(404, 404, `Event subscription does not exist: ${id}.`);

export const REVALIDATE_AFTER_MS = 72 * 3600_000;

/** The phone.* events Zoom's SDK declares (spec/phone-events.json): the names a subscription may list. */
export const PHONE_EVENT_NAMES: readonly string[] = Object.keys(JSON.parse(readFileSync(new URL('../../spec/phone-events.json', import.meta.url), 'utf8')));

export type SubscriptionRow = Selectable<WebhookSubscriptionTable>;

export interface SubscriptionInput {
  client_id?: string;
  name?: string;
  endpoint_url?: string;
  events?: string[];
  secret_token?: string;
  include_sub_accounts?: boolean;
}

export function present(row: SubscriptionRow) {
  return {
    id: row.id,
    account_id: row.account_id,
    client_id: row.app_client_id,
    name: row.name,
    endpoint_url: row.endpoint_url,
    secret_token: row.secret_token,
    events: JSON.parse(row.events) as string[],
    include_sub_accounts: row.include_sub_accounts === 1,
    status: row.status,
    validated_at: row.validated_at === null ? null : isoSeconds(row.validated_at),
    validation_error: row.validation_error,
    created_at: isoSeconds(row.created_at),
    updated_at: isoSeconds(row.updated_at),
  };
}

function checkInput(input: SubscriptionInput): void {
  if (input.endpoint_url !== undefined) {
    let url: URL | undefined;
    try {
      url = new URL(input.endpoint_url);
    } catch {
      url = undefined;
    }
    if (!url || !/^https?:$/.test(url.protocol)) throw invalid('endpoint_url must be an http:// or https:// URL.', 'endpoint_url');
  }
  if (input.events !== undefined) {
    const unknown = input.events.filter((e) => !PHONE_EVENT_NAMES.includes(e));
    if (unknown.length) throw invalid(`Not a Zoom Phone event: ${unknown.join(', ')}.`, 'events');
    if (!input.events.length) throw invalid('Subscribe to at least one event.', 'events');
  }
}

/**
 * Sends endpoint.url_validation and checks the answer: 200 within 3 seconds
 * with { plainToken, encryptedToken } where encryptedToken is the hex HMAC-SHA256
 * of plainToken under the secret token. Answers the reason it failed, or undefined.
 */
export async function validateEndpoint(url: string, secretToken: string, now: number): Promise<string | undefined> {
  const { body, plainToken } = urlValidationBody(now);
  const r = await postSigned(url, body, secretToken, now);
  if (r.error) return `endpoint.url_validation: ${r.error}`;
  if (r.status !== 200) return `endpoint.url_validation: the endpoint answered ${r.status}, not 200`;
  let answer: { plainToken?: unknown; encryptedToken?: unknown };
  try {
    answer = JSON.parse(r.body);
  } catch {
    return 'endpoint.url_validation: the answer is not JSON';
  }
  if (answer.plainToken !== plainToken) return 'endpoint.url_validation: the answer does not echo plainToken';
  if (answer.encryptedToken !== encryptedToken(secretToken, plainToken)) return 'endpoint.url_validation: encryptedToken is not the HMAC-SHA256 of plainToken under the secret token';
  return undefined;
}

/** Validates the subscription's endpoint now and records the outcome: active, or validation_failed with why. */
export async function revalidate(db: Kysely<Database>, row: SubscriptionRow, now: number): Promise<SubscriptionRow> {
  const failure = await validateEndpoint(row.endpoint_url, row.secret_token, now);
  const change = failure ? { status: 'validation_failed', validation_error: failure } : { status: 'active', validation_error: null, validated_at: now };
  await db.updateTable('webhook_subscriptions').set(change).where('id', '=', row.id).execute();
  return { ...row, ...change } as SubscriptionRow;
}

export async function createSubscription(db: Kysely<Database>, accountId: string, isMaster: boolean, input: SubscriptionInput, now: number): Promise<SubscriptionRow> {
  if (!input.endpoint_url) throw invalid('endpoint_url is required.', 'endpoint_url');
  if (!input.events) throw invalid('events is required.', 'events');
  checkInput(input);
  if (input.include_sub_accounts && !isMaster) throw invalid('Only a master account app can receive its sub accounts\' events.', 'include_sub_accounts');
  if (input.client_id !== undefined) {
    const app = await db.selectFrom('apps').select('client_id').where('client_id', '=', input.client_id).where('account_id', '=', accountId).executeTakeFirst();
    if (!app) throw invalid(`The account has no app with client_id ${input.client_id}.`, 'client_id');
  }
  const inserted = await db
    .insertInto('webhook_subscriptions')
    .values({
      id: randomUUID().replace(/-/g, '').slice(0, 22),
      account_id: accountId,
      app_client_id: input.client_id ?? null,
      name: input.name ?? 'Event subscription',
      endpoint_url: input.endpoint_url,
      secret_token: input.secret_token ?? newSecretToken(),
      events: JSON.stringify([...new Set(input.events)]),
      include_sub_accounts: input.include_sub_accounts ? 1 : 0,
      status: 'validation_failed',
      validated_at: null,
      validation_error: 'not validated yet',
      created_at: now,
      updated_at: now,
      lease_owner: null,
      lease_until: null,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return revalidate(db, inserted, now);
}

export async function updateSubscription(db: Kysely<Database>, row: SubscriptionRow, isMaster: boolean, input: SubscriptionInput, now: number): Promise<SubscriptionRow> {
  checkInput(input);
  if (input.include_sub_accounts && !isMaster) throw invalid('Only a master account app can receive its sub accounts\' events.', 'include_sub_accounts');
  const change = {
    ...(input.name !== undefined && { name: input.name }),
    ...(input.endpoint_url !== undefined && { endpoint_url: input.endpoint_url }),
    ...(input.secret_token !== undefined && { secret_token: input.secret_token }),
    ...(input.events !== undefined && { events: JSON.stringify([...new Set(input.events)]) }),
    ...(input.include_sub_accounts !== undefined && { include_sub_accounts: input.include_sub_accounts ? 1 : 0 }),
    updated_at: now,
  };
  const updated = await db.updateTable('webhook_subscriptions').set(change).where('id', '=', row.id).returningAll().executeTakeFirst();
  // Deleted since it was read (a DELETE racing this PATCH): gone, as a read now would say.
  if (!updated) throw subscriptionNotFound(row.id);
  // A new endpoint or token must prove itself again before events go to it.
  const moved = (input.endpoint_url !== undefined && input.endpoint_url !== row.endpoint_url) || (input.secret_token !== undefined && input.secret_token !== row.secret_token);
  return moved ? revalidate(db, updated, now) : updated;
}

export const findSubscription = (db: Kysely<Database>, id: string): Promise<SubscriptionRow | undefined> =>
  db.selectFrom('webhook_subscriptions').selectAll().where('id', '=', id).executeTakeFirst();

export const listSubscriptions = (db: Kysely<Database>, filter: { accountId?: string; clientId?: string } = {}): Promise<SubscriptionRow[]> => {
  let q = db.selectFrom('webhook_subscriptions').selectAll().orderBy('seq');
  if (filter.accountId) q = q.where('account_id', '=', filter.accountId);
  if (filter.clientId) q = q.where('app_client_id', '=', filter.clientId);
  return q.execute();
};

/** Deletes the subscription and what it was owed: its pending deliveries go with it, its log too. */
export async function deleteSubscription(db: Kysely<Database>, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const deliveries = trx.selectFrom('webhook_deliveries').select('id').where('subscription_id', '=', id);
    await trx.deleteFrom('webhook_attempts').where('delivery_id', 'in', deliveries).execute();
    await trx.deleteFrom('webhook_deliveries').where('subscription_id', '=', id).execute();
    await trx.deleteFrom('webhook_subscriptions').where('id', '=', id).execute();
  });
}
