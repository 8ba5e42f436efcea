// SMS campaign, consent and opt-status queries the store's helpers do not cover
// (joins, `in` filters, counts, capacity taken by a conditional UPDATE), each on an
// account-bound store, so that none can leave out the account.
// Numbers and users are other families': read through their public surfaces. A
// number that leaves the account leaves its links too (the numbers.removed
// listener); the lists and counts of links also skip any number that is not the
// account's, as the numbers family tells (numberExists).
import type { Selectable } from 'kysely';
import type { AccountStore } from '../../kit/store.ts';
import { isUniqueViolation } from '../../kit/constraints.ts';
import type { SmsCampaignTable, SmsConsentTable } from './tables.ts';
import { numberExists, numbersByE164 as numbersOfAccountByE164, numbersById, numbersOfAssignees } from '../numbers/public.ts';
import { findUserByIdOrEmail as findUser } from '../users/public.ts';

export type CampaignRow = Selectable<SmsCampaignTable>;
export type ConsentRow = Selectable<SmsConsentTable>;
export interface NumberRef {
  id: string;
  number: string;
  status: string;
  number_type: string;
  source: string;
  assignee_id: string | null;
}


// ---- the account's numbers ------------------------------------------------

export const numbersByIds = (store: AccountStore, ids: string[]): Promise<Map<string, NumberRef>> => numbersById(store.db, store.accountId, ids);

export const numbersByE164 = (store: AccountStore, e164s: string[]): Promise<Map<string, NumberRef>> => numbersOfAccountByE164(store.db, store.accountId, e164s);

export const findUserByIdOrEmail = (store: AccountStore, idOrEmail: string) => findUser(store.db, store.accountId, idOrEmail);

export async function numbersOfAssignee(store: AccountStore, assigneeId: string): Promise<string[]> {
  const held = await numbersOfAssignees(store.db, store.accountId, [assigneeId]);
  return (held.get(assigneeId) ?? []).map((n) => n.number);
}

/** The numbers of these link rows that the account holds, in the rows' order (one query for all of them). */
async function linkedNumbers<L extends { number_id: string }>(store: AccountStore, links: L[]): Promise<(L & { number: NumberRef & { account_id: string } })[]> {
  const numbers = await numbersById(store.db, store.accountId, links.map((l) => l.number_id));
  return links.flatMap((l) => {
    const number = numbers.get(l.number_id);
    return number ? [{ ...l, number }] : [];
  });
}

// ---- campaigns --------------------------------------------------------------

/** The campaign's numbers, in the order they joined it. */
export async function campaignNumbers(store: AccountStore, campaignId: string): Promise<{ id: string; number: string }[]> {
  const links = await store.scoped('sms_campaign_numbers').select('number_id').where('campaign_id', '=', campaignId).orderBy('seq').execute();
  return (await linkedNumbers(store, links)).map(({ number: n }) => ({ id: n.id, number: n.number }));
}

/** Which campaign (and its status) holds each of these numbers. */
export async function campaignsOfNumbers(store: AccountStore, numberIds: string[]): Promise<Map<string, { campaign_id: string; status: string; data: string }>> {
  if (numberIds.length === 0) return new Map();
  const rows = await store
    .scoped('sms_campaign_numbers')
    .innerJoin('sms_campaigns', 'sms_campaigns.id', 'sms_campaign_numbers.campaign_id')
    .select(['sms_campaign_numbers.number_id', 'sms_campaign_numbers.campaign_id', 'sms_campaigns.status', 'sms_campaigns.data'])
    .where('sms_campaign_numbers.number_id', 'in', numberIds)
    .execute();
  return new Map(rows.map((r) => [r.number_id, r]));
}

/**
 * Adds numbers to a campaign on a store bound to the caller's transaction.
 * Capacity is taken with a conditional UPDATE, so two requests cannot both fill
 * the last seat. Returns 'capacity' or 'taken' when it did nothing the caller must undo.
 */
export async function addCampaignNumbers(store: AccountStore, campaignId: string, numberIds: string[], now: number): Promise<'ok' | 'capacity' | 'taken'> {
  if (numberIds.length === 0) return 'ok';
  const n = numberIds.length;
  const seat = await store.db
    .updateTable('sms_campaigns')
    .set((eb) => ({ used: eb('used', '+', n) }))
    .where('account_id', '=', store.accountId)
    .where('id', '=', campaignId)
    .where((eb) => eb(eb('used', '+', n), '<=', eb.ref('capacity')))
    .executeTakeFirst();
  if (Number(seat.numUpdatedRows) === 0) return 'capacity';
  try {
    await store.insert('sms_campaign_numbers', numberIds.map((number_id) => ({ campaign_id: campaignId, number_id, created_at: now })));
  } catch (err) {
    if (isUniqueViolation(err)) return 'taken';
    throw err;
  }
  return 'ok';
}

export async function removeCampaignNumbers(store: AccountStore, campaignId: string, numberIds: string[]): Promise<number> {
  if (numberIds.length === 0) return 0;
  const res = await store.db
    .deleteFrom('sms_campaign_numbers')
    .where('account_id', '=', store.accountId)
    .where('campaign_id', '=', campaignId)
    .where('number_id', 'in', numberIds)
    .executeTakeFirst();
  const removed = Number(res.numDeletedRows);
  if (removed > 0) {
    await store.db
      .updateTable('sms_campaigns')
      .set((eb) => ({ used: eb('used', '-', removed) }))
      .where('account_id', '=', store.accountId)
      .where('id', '=', campaignId)
      .execute();
  }
  return removed;
}

// ---- consent policies -------------------------------------------------------

/** Deletes the policies and releases their numbers; the caller runs it on a transaction's store. */
export async function deleteConsents(store: AccountStore, ids: string[]): Promise<void> {
  await store.db.deleteFrom('sms_consent_numbers').where('account_id', '=', store.accountId).where('consent_id', 'in', ids).execute();
  await store.db.deleteFrom('sms_consents').where('account_id', '=', store.accountId).where('id', 'in', ids).execute();
}

export async function consentIdsOf(store: AccountStore, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await store.scoped('sms_consents').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Live count of the policy's numbers (numbers removed by other rooms do not count). */
export async function consentUsed(store: AccountStore, consentIds: string[]): Promise<Map<string, number>> {
  if (consentIds.length === 0) return new Map();
  const rows = await store
    .scoped('sms_consent_numbers')
    .select(['sms_consent_numbers.consent_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('sms_consent_numbers.consent_id', 'in', consentIds)
    .where(numberExists('sms_consent_numbers.number_id', 'sms_consent_numbers.account_id'))
    .groupBy('sms_consent_numbers.consent_id')
    .execute();
  return new Map(rows.map((r) => [r.consent_id, Number(r.n)]));
}

function consentNumbersQuery(store: AccountStore, consentId: string) {
  return store
    .scoped('sms_consent_numbers')
    .where('sms_consent_numbers.consent_id', '=', consentId)
    .where(numberExists('sms_consent_numbers.number_id', 'sms_consent_numbers.account_id'));
}

/** A page of the policy's numbers: the links, then one look at their numbers. */
export async function listConsentNumbers(store: AccountStore, consentId: string, afterSeq: number, limit: number) {
  const links = await consentNumbersQuery(store, consentId)
    .select(['sms_consent_numbers.seq', 'sms_consent_numbers.number_id'])
    .where('sms_consent_numbers.seq', '>', afterSeq)
    .orderBy('sms_consent_numbers.seq')
    .limit(limit)
    .execute();
  return (await linkedNumbers(store, links)).map(({ seq, number: n }) => ({ seq, id: n.id, number: n.number, account_id: n.account_id }));
}

export async function countConsentNumbers(store: AccountStore, consentId: string): Promise<number> {
  const row = await consentNumbersQuery(store, consentId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Which consent policy holds each of these numbers. */
export async function consentsOfNumbers(store: AccountStore, numberIds: string[]): Promise<Map<string, string>> {
  if (numberIds.length === 0) return new Map();
  const rows = await store.scoped('sms_consent_numbers').select(['number_id', 'consent_id']).where('number_id', 'in', numberIds).execute();
  return new Map(rows.map((r) => [r.number_id, r.consent_id]));
}

/** E.164 values of the policy's numbers among the given ones. */
export async function consentNumbersAmong(store: AccountStore, consentId: string, e164s: string[]): Promise<string[]> {
  if (e164s.length === 0) return [];
  const numbers = [...(await numbersOfAccountByE164(store.db, store.accountId, e164s)).values()];
  if (numbers.length === 0) return [];
  const links = await store
    .scoped('sms_consent_numbers')
    .select('number_id')
    .where('consent_id', '=', consentId)
    .where('number_id', 'in', numbers.map((n) => n.id))
    .orderBy('seq')
    .execute();
  const byId = new Map(numbers.map((n) => [n.id, n.number]));
  return links.map((l) => byId.get(l.number_id)!);
}

export async function addConsentNumbers(store: AccountStore, consentId: string, numberIds: string[], now: number): Promise<'ok' | 'capacity' | 'taken'> {
  if (numberIds.length === 0) return 'ok';
  const n = numberIds.length;
  const seat = await store.db
    .updateTable('sms_consents')
    .set((eb) => ({ used: eb('used', '+', n) }))
    .where('account_id', '=', store.accountId)
    .where('id', '=', consentId)
    .where((eb) => eb(eb('used', '+', n), '<=', eb.ref('capacity')))
    .executeTakeFirst();
  if (Number(seat.numUpdatedRows) === 0) return 'capacity';
  try {
    await store.insert('sms_consent_numbers', numberIds.map((number_id) => ({ consent_id: consentId, number_id, created_at: now })));
  } catch (err) {
    if (isUniqueViolation(err)) return 'taken';
    throw err;
  }
  return 'ok';
}

export async function removeConsentNumbers(store: AccountStore, consentId: string, numberIds: string[]): Promise<number> {
  if (numberIds.length === 0) return 0;
  const res = await store.db
    .deleteFrom('sms_consent_numbers')
    .where('account_id', '=', store.accountId)
    .where('consent_id', '=', consentId)
    .where('number_id', 'in', numberIds)
    .executeTakeFirst();
  const removed = Number(res.numDeletedRows);
  if (removed > 0) {
    await store.db
      .updateTable('sms_consents')
      .set((eb) => ({ used: eb('used', '-', removed) }))
      .where('account_id', '=', store.accountId)
      .where('id', '=', consentId)
      .execute();
  }
  return removed;
}

/**
 * Deleted numbers leave the campaigns and consent policies that held them, and
 * give back their seats, so capacity counts only numbers that exist. Run on the
 * store of the transaction that deletes them.
 */
export async function releaseDeletedNumbers(store: AccountStore, numberIds: string[]): Promise<void> {
  if (numberIds.length === 0) return;
  const campaigns = await store.scoped('sms_campaign_numbers').select('campaign_id').distinct().where('number_id', 'in', numberIds).execute();
  for (const c of campaigns) await removeCampaignNumbers(store, c.campaign_id, numberIds);
  const consents = await store.scoped('sms_consent_numbers').select('consent_id').distinct().where('number_id', 'in', numberIds).execute();
  for (const c of consents) await removeConsentNumbers(store, c.consent_id, numberIds);
}

// ---- opt statuses -----------------------------------------------------------

/** Stored statuses for these pairs, keyed `zoom|consumer`; a pair without a row is pending. */
export async function optStatuses(store: AccountStore, zoomNumbers: string[], consumers?: string[]): Promise<Map<string, string>> {
  if (zoomNumbers.length === 0 || consumers?.length === 0) return new Map();
  let q = store.scoped('sms_opt_statuses').select(['zoom_number', 'consumer_number', 'opt_status']).where('zoom_number', 'in', zoomNumbers);
  if (consumers) q = q.where('consumer_number', 'in', consumers);
  const rows = await q.orderBy('seq').execute();
  return new Map(rows.map((r) => [`${r.zoom_number}|${r.consumer_number}`, r.opt_status]));
}

/** Records the consumer's answer to each number, replacing an earlier one (an upsert, which the store's insert is not). */
export async function setOptStatuses(store: AccountStore, zoomNumbers: string[], consumer: string, status: string, now: number): Promise<void> {
  if (zoomNumbers.length === 0) return;
  await store.db
    .insertInto('sms_opt_statuses')
    .values(zoomNumbers.map((zoom_number) => ({ account_id: store.accountId, zoom_number, consumer_number: consumer, opt_status: status, updated_at: now })))
    .onConflict((oc) => oc.columns(['account_id', 'zoom_number', 'consumer_number']).doUpdateSet({ opt_status: status, updated_at: now }))
    .execute();
}
