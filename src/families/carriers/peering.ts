// Peering: a carrier pushes its numbers into a customer's account. The Zoom Phone
// pages answer per-number failures in `unprocessed_numbers`; Number Management's
// answer 1000 "Some data failed" and take nothing. Both share the core below.
import type { BodyOf, RequestContext } from '../../kit/context.ts';
import { AccountStore } from '../../kit/store.ts';
import { ZoomError } from '../../errors.ts';
import type { Fails } from './errors.ts';
import { countryOf, insertNumbers, numbersTaken, parseData, updateNumber, type NewNumber } from '../numbers/public.ts';
import {
  BATCH_LIMIT, BILLING_REF_MAX, CARRIER_SOURCE, SERVICE_INFO_MAX, allowedNumberTypes, badNumber, capabilityOf,
  derivedNumberType, effectiveVoice, numberData, numberStatus, pickVoice, type NumberType, type Product, type VoiceOptions,
} from './rules.ts';
import { carrierNumbersIn, deleteCarrierNumbers, findCarrier, type Carrier, type CarrierNumberRow } from './store.ts';

/** What the peering core uses of a request: the services, not its operation's input (the carrier's account comes as its store). */
export type Services = Pick<RequestContext, 'db' | 'clock' | 'ids'>;

/**
 * The carrier's account store on Number Management's pages. Their {accountId} is
 * the customer's, to which ctx.store() is bound; the carrier is the caller, so its
 * store is made for the caller's account by name.
 */
export const callerStore = (ctx: Pick<RequestContext, 'db' | 'caller'>): AccountStore => new AccountStore(ctx.db, ctx.caller.accountId);

export interface Failure {
  phone_number: string;
  reason: string;
}

/** One number as either page gives it, in one vocabulary. */
export interface PeeringItem {
  phone_number: string;
  sip_trunk_name?: string;
  active?: boolean;
  billing_ref_id?: string;
  service_info?: string;
  number_type?: NumberType;
  voice: VoiceOptions;
  /** What was wrong with the item as given, found while reading it (a status the page does not know). */
  problem?: string;
}

/**
 * The carrier the caller speaks for, among those of `store` (the caller's account),
 * or `notFound`: each page words "unknown carrier" its own way.
 */
export async function carrierOf(ctx: Pick<RequestContext, 'caller'>, store: AccountStore, code: number | undefined, notFound: () => ZoomError): Promise<Carrier> {
  const carrier = await findCarrier(store, { code, clientId: ctx.caller.clientId });
  if (!carrier) throw notFound();
  return carrier;
}

/**
 * Number Management's 1000 with the real failures: the page's message is an
 * example ("Some data failed.for example: [...]"), so its status and code are kept
 * and the list is the one this request failed on, in the example's shape.
 */
export function someDataFailed(ctx: Fails<'someDataFailedForExample'>, failures: Failure[]): ZoomError {
  const doc = ctx.fail('someDataFailedForExample');
  const list = failures.map((f) => ({ phoneNumber: f.phone_number, reason: f.reason }));
  return new ZoomError(doc.status, doc.code, `Some data failed. ${JSON.stringify(list)}`);
}

/** Failures common to adding and updating one number's carrier fields. */
function fieldFailure(carrier: Carrier, item: PeeringItem): string | undefined {
  if (item.problem) return item.problem;
  const trunks = JSON.parse(carrier.sip_trunks) as string[];
  if (item.sip_trunk_name !== undefined && trunks.length > 0 && !trunks.includes(item.sip_trunk_name)) return 'Invalid Sip Trunk';
  if (item.billing_ref_id !== undefined && item.billing_ref_id.length > BILLING_REF_MAX) return `billing_ref_id is limited to ${BILLING_REF_MAX} characters`;
  if (item.service_info !== undefined && item.service_info.length > SERVICE_INFO_MAX) return `service_info is limited to ${SERVICE_INFO_MAX} characters`;
  return undefined;
}

function duplicates(items: PeeringItem[]): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const i of items) (seen.has(i.phone_number) ? twice : seen).add(i.phone_number);
  return twice;
}

/**
 * Adds numbers to the customer's account, and the carrier's records of them to
 * `store` (the carrier's account). With `onFailures`, any failure throws it and
 * nothing is written; otherwise the good ones are added.
 */
export async function addPeering(
  ctx: Services,
  store: AccountStore,
  carrier: Carrier,
  customerId: string,
  product: Product,
  items: PeeringItem[],
  onFailures?: (failures: Failure[]) => ZoomError,
): Promise<Failure[]> {
  try {
    return await addOnce(ctx, store, carrier, customerId, product, items, onFailures);
  } catch (err) {
    // A concurrent request took one of the numbers between the check and the insert
    // (the unique index refused it): once more, and the check now sees it.
    if (err instanceof ZoomError || (await numbersTaken(ctx.db, items.map((i) => i.phone_number))).size === 0) throw err;
    return addOnce(ctx, store, carrier, customerId, product, items, onFailures);
  }
}

async function addOnce(
  ctx: Services,
  store: AccountStore,
  carrier: Carrier,
  customerId: string,
  product: Product,
  items: PeeringItem[],
  onFailures?: (failures: Failure[]) => ZoomError,
): Promise<Failure[]> {
  return ctx.db.transaction().execute(async (trx) => {
    const taken = await numbersTaken(trx, items.map((i) => i.phone_number));
    const twice = duplicates(items);
    const failures: Failure[] = [];
    const good: PeeringItem[] = [];
    for (const item of items) {
      const reason =
        badNumber(item.phone_number) ??
        (twice.has(item.phone_number) ? 'Duplicate number in the request' : undefined) ??
        (taken.has(item.phone_number) ? 'Phone number already exists' : undefined) ??
        fieldFailure(carrier, item) ??
        (item.number_type && !allowedNumberTypes(product).includes(item.number_type) ? 'Invalid number type' : undefined);
      if (reason) failures.push({ phone_number: item.phone_number, reason });
      else good.push(item);
    }
    if (failures.length && onFailures) throw onFailures(failures);
    if (good.length === 0) return failures;

    const now = ctx.clock.now();
    const rows: NewNumber[] = good.map((item) => {
      const numberType = item.number_type ?? derivedNumberType(item.phone_number, product);
      return {
        number: item.phone_number,
        source: CARRIER_SOURCE,
        number_type: numberType,
        status: numberStatus(item.active ?? true),
        allocated_product: product,
        site_id: null,
        data: numberData(item.phone_number, carrier, capabilityOf(effectiveVoice(item.voice, numberType)), countryOf(item.phone_number)),
      };
    });
    const added = await insertNumbers(trx, customerId, rows, () => ctx.ids.next(), now);
    const byNumber = new Map(good.map((i) => [i.phone_number, i]));
    await store.on(trx).insert(
      'carrier_numbers',
      added.map((a) => {
        const item = byNumber.get(a.number)!;
        return {
          number_id: a.id,
          customer_account_id: customerId,
          kind: 'peering',
          carrier_code: carrier.code,
          number: a.number,
          sip_trunk_name: item.sip_trunk_name ?? null,
          billing_ref_id: item.billing_ref_id ?? null,
          service_info: item.service_info ?? null,
          active: item.active === false ? 0 : 1,
          assigned_status: null,
          data: JSON.stringify(item.voice),
          created_at: now,
        };
      }),
    );
    return failures;
  });
}

/** Updates the carrier's numbers (those of `store`) among `customers`; same failure handling as addPeering. */
export async function updatePeering(
  ctx: Services,
  store: AccountStore,
  carrier: Carrier,
  customers: string[],
  items: PeeringItem[],
  product: Product | undefined,
  onFailures?: (failures: Failure[]) => ZoomError,
): Promise<Failure[]> {
  return ctx.db.transaction().execute(async (trx) => {
    const carriers = store.on(trx);
    const known = await carrierNumbersIn(carriers, { kind: 'peering', customer_account_ids: customers, carrier_code: carrier.code }, items.map((i) => i.phone_number));
    const twice = duplicates(items);
    const failures: Failure[] = [];
    const good: [PeeringItem, CarrierNumberRow][] = [];
    for (const item of items) {
      const row = known.get(item.phone_number);
      const reason =
        badNumber(item.phone_number) ??
        (twice.has(item.phone_number) ? 'Duplicate number in the request' : undefined) ??
        (!row ? 'Phone number does not exist' : undefined) ??
        fieldFailure(carrier, item) ??
        (product && product !== row!.allocated_product && row!.allocated_product !== 'UNALLOCATED'
          ? 'allocated_product can only be updated for numbers previously set to UNALLOCATED'
          : undefined);
      if (reason) failures.push({ phone_number: item.phone_number, reason });
      else good.push([item, row!]);
    }
    if (failures.length && onFailures) throw onFailures(failures);
    for (const [item, row] of good) await applyUpdate(carriers, row, item, product);
    return failures;
  });
}

/** The carrier's record on `carriers`; the number itself in its customer's account. */
async function applyUpdate(carriers: AccountStore, row: CarrierNumberRow, item: PeeringItem, product: Product | undefined) {
  const voice: VoiceOptions = { ...pickVoice(JSON.parse(row.data)), ...item.voice };
  const active = item.active ?? row.active === 1;
  await carriers.patch('carrier_numbers', { number_id: row.number_id }, {
    sip_trunk_name: item.sip_trunk_name ?? row.sip_trunk_name,
    billing_ref_id: item.billing_ref_id ?? row.billing_ref_id,
    service_info: item.service_info ?? row.service_info,
    active: active ? 1 : 0,
    data: JSON.stringify(voice),
  });
  const data = parseData({ data: row.number_data });
  const newProduct = product ?? row.allocated_product;
  const numberType = allowedNumberTypes(newProduct).includes(row.number_type) ? row.number_type : derivedNumberType(row.number, newProduct);
  await updateNumber(carriers.db, row.customer_account_id, row.number_id, {
    status: numberStatus(active),
    allocated_product: newProduct,
    number_type: numberType,
    data: { ...data, capability: [...capabilityOf(effectiveVoice(voice, numberType)), ...(data.capability ?? []).filter((c) => !['Incoming', 'Outgoing', 'Messaging'].includes(c))] },
  });
}

/**
 * Removes the carrier's numbers from the customer's account. "Partners can remove
 * only the phone numbers they have previously added"; an assigned number goes with
 * its assignment, as the page sets no condition on it.
 */
export async function removePeering(
  ctx: Services,
  store: AccountStore,
  carrier: Carrier,
  customers: string[],
  numbers: string[],
  onFailures?: (failures: Failure[]) => ZoomError,
): Promise<Failure[]> {
  return ctx.db.transaction().execute(async (trx) => {
    const carriers = store.on(trx);
    const known = await carrierNumbersIn(carriers, { kind: 'peering', customer_account_ids: customers, carrier_code: carrier.code }, numbers);
    const failures: Failure[] = numbers
      .filter((n) => !known.has(n))
      .map((n) => ({ phone_number: n, reason: badNumber(n) ?? 'Phone number does not exist' }));
    if (failures.length && onFailures) throw onFailures(failures);
    await deleteCarrierNumbers(carriers, [...known.values()]);
    return failures;
  });
}

/** An item of the Phone pages' add (all of it) or update (only what changes) body. */
type PhoneItem = NonNullable<NonNullable<BodyOf<'updatePeeringPhoneNumbers'>>['phone_numbers']>[number];
/** An item of Number Management's add or update body; only add names a number_type. */
type NmItem = BodyOf<'updatePeeringPhoneNumbersForNumberManagement'>['phone_numbers'][number] &
  Pick<BodyOf<'addPeeringPhoneNumbersForNumberManagement'>['phone_numbers'][number], 'number_type'>;

/** A Phone-page item (status 0/1, billing_reference_id) in the shared vocabulary. */
export function fromPhoneItem(raw: PhoneItem): PeeringItem {
  return {
    phone_number: raw.phone_number,
    sip_trunk_name: raw.sip_trunk_name,
    active: raw.status === undefined ? undefined : raw.status === 1,
    billing_ref_id: raw.billing_reference_id,
    service_info: raw.service_info,
    voice: {},
    // The page knows two statuses, 0 (inactive) and 1 (active); any other is refused, not read as inactive.
    problem: raw.status === undefined || raw.status === 0 || raw.status === 1 ? undefined : 'Invalid status: 0 (inactive) or 1 (active)',
  };
}

/** A Number Management item (status true/false, billing_ref_id, voice settings) in the shared vocabulary. */
export function fromNmItem(raw: NmItem): PeeringItem {
  return {
    phone_number: raw.phone_number,
    sip_trunk_name: raw.sip_trunk_name,
    active: raw.status,
    billing_ref_id: raw.billing_ref_id,
    service_info: raw.service_info,
    number_type: raw.number_type,
    voice: pickVoice(raw),
  };
}

/** Number Management's 1002 / 1003 for an empty or oversized batch. */
export function checkBatch(ctx: Fails<'requestDataCannotBeEmpty' | 'tooManyNumbersShouldLessThan'>, size: number): void {
  if (size === 0) throw ctx.fail('requestDataCannotBeEmpty');
  if (size > BATCH_LIMIT) throw ctx.fail('tooManyNumbersShouldLessThan');
}
