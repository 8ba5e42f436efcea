// The webhooks' tables: each app's event subscription, the outbox of events
// written in the transaction of the change that raised them, one delivery per
// event and subscription, and every attempt made to deliver it.
import type { Generated } from 'kysely';
import { owns } from '../kit/owner.ts';

/** An app's event subscription: where its events go, which ones, and the token they are signed with. */
export interface WebhookSubscriptionTable {
  seq: Generated<number>;
  id: string;
  account_id: string;
  /** The Server-to-Server OAuth app whose subscription it is (null: the account's, no app named). */
  app_client_id: string | null;
  name: string;
  endpoint_url: string;
  secret_token: string;
  /** JSON: the phone.* event names subscribed to. */
  events: string;
  /** 1: a master account's app also receives its sub accounts' events. */
  include_sub_accounts: number;
  /** active | validation_failed */
  status: string;
  /** Sandbox time of the last successful endpoint validation; revalidated 72 hours later. */
  validated_at: number | null;
  validation_error: string | null;
  created_at: number;
  updated_at: number;
  /** The server process delivering this subscription's events now, and until when (real time) it holds it. */
  lease_owner: string | null;
  lease_until: number | null;
}

/** An event as sent: its body is serialized once, and every attempt and subscriber gets the same bytes. */
export interface WebhookEventTable {
  seq: Generated<number>;
  id: string;
  /** The account whose event it is (payload.account_id). */
  account_id: string;
  event: string;
  event_ts: number;
  body: string;
  created_at: number;
}

/** One event owed to one subscription. */
export interface WebhookDeliveryTable {
  seq: Generated<number>;
  id: string;
  /** The subscription's account (a master's for a sub account's event). */
  account_id: string;
  subscription_id: string;
  event_id: string;
  /** pending | delivered | failed */
  status: string;
  attempts: number;
  /** Sandbox time the next attempt is due. */
  due_at: number;
  created_at: number;
}

/** One POST of a delivery: what was sent and what came back. */
export interface WebhookAttemptTable {
  seq: Generated<number>;
  account_id: string;
  delivery_id: string;
  attempt: number;
  /** Sandbox time of the attempt (its x-zm-request-timestamp, in ms). */
  at: number;
  signature: string;
  status_code: number | null;
  latency_ms: number;
  /** delivered | failed */
  outcome: string;
  error: string | null;
}

export interface WebhookTables {
  webhook_subscriptions: WebhookSubscriptionTable;
  webhook_events: WebhookEventTable;
  webhook_deliveries: WebhookDeliveryTable;
  webhook_attempts: WebhookAttemptTable;
}

declare module '../store/schema.ts' {
  interface Database extends WebhookTables {}
}

export const owner = owns('webhooks', ['webhook_subscriptions', 'webhook_events', 'webhook_deliveries', 'webhook_attempts']);
