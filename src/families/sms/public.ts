// What other families may use of sms: what consumers answered (START / STOP) to the
// account's numbers, recording such an answer when one arrives by SMS, and which
// 10DLC campaign (and its status) carries each number. Writes run with the sms
// family's own rights, in the caller's transaction.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { AccountStore } from '../../kit/store.ts';
import { owner } from './tables.ts';
import { campaignsOfNumbers, optStatuses, setOptStatuses } from './store.ts';
import { optStatusOf, type OptStatus } from './rules.ts';

export type { OptStatus } from './rules.ts';

/** What each of these consumers answered to the account's number `zoomNumber` (E.164): opt_in, opt_out, or pending when nothing is on record. */
export async function optStatusesFor(db: Kysely<Database>, accountId: string, zoomNumber: string, consumers: string[]): Promise<Map<string, OptStatus>> {
  const stored = await optStatuses(new AccountStore(db, accountId), [zoomNumber], consumers);
  return new Map(consumers.map((c) => [c, optStatusOf(stored.get(`${zoomNumber}|${c}`))]));
}

/** Records a consumer's START (opt_in) or STOP (opt_out) to the account's number, replacing an earlier answer. */
export const recordOptStatus = (db: Kysely<Database>, accountId: string, zoomNumber: string, consumer: string, status: 'opt_in' | 'opt_out', now: number) =>
  setOptStatuses(new AccountStore(owner.bind(db), accountId), [zoomNumber], consumer, status, now);

/** The campaign status (draft, active, pending, expired, declined…) of the campaign carrying each of these numbers, by number id. */
export async function campaignStatusOfNumbers(db: Kysely<Database>, accountId: string, numberIds: string[]): Promise<Map<string, string>> {
  const held = await campaignsOfNumbers(new AccountStore(db, accountId), numberIds);
  return new Map([...held].map(([id, c]) => [id, c.status]));
}
