// What a Zoom Room in Zoom Phone is held to, as plain functions of values.
import { planName } from '../billing/public.ts';
import { extensionBlock, type SiteTerms } from '../../kit/extension-numbers.ts';

/** Number Management's word for a room's numbers' assignee (its documented list has none for Zoom Rooms; the Phone views show no type). */
export const ASSIGNEE_TYPE = 'ZoomRoom';

/** "Room batch operation is limited to 5 per request." (calling plans and phone numbers alike). */
export const ROOM_BATCH_LIMIT = 5;

/** The two policy settings a room has: the update page takes each with `enable` and `reset`. */
export const POLICY_KEYS = ['international_calling', 'select_outbound_caller_id'] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

/**
 * "This function requires a Zoom Phone Metered, Unlimited, or Pro plan": the plans
 * a room must hold before it takes a phone number, read from the catalogue's names
 * (US/CA Metered, AU/NZ Unlimited, Global Select Metered, Zoom Phone Pro…).
 */
export function allowsNumbers(type: number): boolean {
  const name = planName(type);
  return name !== undefined && /\b(Metered|Unlimited)\b|^Zoom Phone Pro$/.test(name);
}

/**
 * "The number must be complete (i.e. site number + short extension)": a number of
 * the site's block, its code then a short extension of the site's length.
 */
export function insideSite(number: number, terms: SiteTerms): boolean {
  const block = extensionBlock(terms);
  return Number.isSafeInteger(number) && number >= block.first && number <= block.last;
}

/** A plan type as the removal's path writes it: digits only. */
export const pathPlanType = (given: string): number | undefined => (/^\d{1,9}$/.test(given) ? Number(given) : undefined);
