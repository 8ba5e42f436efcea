// Phone number plans: what Number Management's plan list shows and what the Phone
// API's number packages count as used, computed once so the two views agree.
// Plans cover the numbers Zoom provides (BYOC numbers bring their own carrier's
// plan), by region and kind: what the account holds is what it subscribed, what
// is in use is assigned.
import type { AccountStore } from '../../kit/store.ts';
import { PHONE_PRODUCT, countryOf, isNative, planName, planRegion } from './rules.ts';
import { numbersOfProduct, parseData } from './store.ts';

type PlanRow = Awaited<ReturnType<typeof numbersOfProduct>>[number];

const regionOf = (r: PlanRow) => planRegion(countryOf(r.number, parseData(r).location));

export interface PlanUse {
  name: string;
  subscribed: number;
  assigned: number;
}

/** The account's plans of one product, by name, in name order. */
export async function planUses(store: AccountStore, product: string): Promise<PlanUse[]> {
  const plans = new Map<string, PlanUse>();
  for (const r of await numbersOfProduct(store, product)) {
    if (!isNative(r.source)) continue;
    const name = planName(regionOf(r), r.number_type);
    const plan = plans.get(name) ?? { name, subscribed: 0, assigned: 0 };
    plan.subscribed += 1;
    if (r.assignee_id) plan.assigned += 1;
    plans.set(name, plan);
  }
  return [...plans.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** How many of the account's Zoom Phone numbers of a region, counted as the plan list counts them, are assigned, by number type. */
export async function assignedPlanNumbersByType(store: AccountStore, region: string): Promise<Map<string, number>> {
  const byType = new Map<string, number>();
  for (const r of await numbersOfProduct(store, PHONE_PRODUCT)) {
    if (!isNative(r.source) || !r.assignee_id || regionOf(r) !== region) continue;
    byType.set(r.number_type, (byType.get(r.number_type) ?? 0) + 1);
  }
  return byType;
}
