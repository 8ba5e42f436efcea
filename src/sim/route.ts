// What a simulation is: a control-plane action that changes the world the way
// the outside world would (a call placed, an SMS or a fax arriving), through the
// same families, records and events as the API. Each runs in one transaction,
// for one account, in sandbox time.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import type { Clock } from '../clock.ts';
import type { IdGenerator } from '../ids.ts';

export interface SimContext {
  /** The transaction the whole simulation runs in. */
  db: Kysely<Database>;
  accountId: string;
  clock: Clock;
  ids: IdGenerator;
}

export interface SimRoute {
  method: 'POST';
  /** Under the control-plane prefix: `/calls`, `/sms`. */
  url: string;
  summary: string;
  status: number;
  /** JSON schema of the body; `account_id` (default: the demo account) is added by the control plane. */
  body: { type: 'object'; properties: Record<string, object>; required?: string[] };
  response: object;
  run(ctx: SimContext, body: any): Promise<unknown>;
}
