// Zoom Phone calling-plan codes and the names the documents give them. Batch add
// names plans by their short name ("US/CA Unlimited"); everything else by code.

export interface PlanKind {
  type: number;
  name: string;
  /** The short name batch add accepts, where the documents give one. */
  short?: string;
  /**
   * The package name batch add's page gives where it differs from the name the
   * responses' examples show ("United States/Canada…" there, "US/CA…" in every answer).
   */
  alias?: string;
}

export const CALLING_PLANS: PlanKind[] = [
  { type: 100, name: 'US/CA Metered Calling Plan', short: 'US/CA Metered', alias: 'United States/Canada Metered Calling Plan' },
  { type: 101, name: 'Australia/New Zealand Metered Calling Plan', short: 'AU/NZ Metered' },
  { type: 102, name: 'United Kingdom/Ireland Metered Calling Plan', short: 'UK/Ireland Metered' },
  { type: 103, name: 'Europe Zone A Metered Calling Plan', short: 'Europe Zone A Metered' },
  { type: 104, name: 'Europe Zone B Metered Calling Plan', short: 'Europe Zone B Metered' },
  { type: 107, name: 'Japan Metered Calling Plan', short: 'JP Metered' },
  { type: 200, name: 'US/CA Unlimited Calling Plan', short: 'US/CA Unlimited', alias: 'United States/Canada Unlimited Calling Plan' },
  { type: 201, name: 'Australia/New Zealand Unlimited Calling Plan', short: 'AU/NZ Unlimited' },
  { type: 202, name: 'United Kingdom/Ireland Unlimited Calling Plan', short: 'UK/Ireland Unlimited' },
  { type: 203, name: 'Europe Zone A Unlimited Calling Plan', short: 'Europe Zone A Unlimited' },
  { type: 204, name: 'Europe Zone B Unlimited Calling Plan', short: 'Europe Zone B Unlimited' },
  { type: 207, name: 'Japan Unlimited Calling Plan', short: 'JP Unlimited' },
  { type: 600, name: 'Beta Calling Plan', short: 'Beta' },
  { type: 1000, name: 'Global Select Calling Plan', short: 'Global Select' },
  { type: 1001, name: 'Global Select Metered Calling Plan', short: 'Global Select Metered' },
  { type: 3000, name: 'Zoom Phone Pro', short: 'Pro' },
  { type: 4000, name: 'International Calling Add-On', short: 'International Calling Add-On' },
  { type: 4010, name: 'Zoom Phone Power Pack', short: 'Power Pack' },
];

/**
 * The plan type a batch-add entry names: "US/CA Unlimited", or a long name, optionally
 * followed by ":<billing subscription id or name>" (the subscription part is not checked
 * here: the sandbox keeps one subscription per type).
 */
export function planTypeByName(entry: string): number | undefined {
  const name = entry.split(':')[0].trim().toLowerCase();
  return CALLING_PLANS.find((p) => [p.short, p.name, p.alias].some((n) => n?.toLowerCase() === name))?.type;
}

export const planName = (type: number): string | undefined => CALLING_PLANS.find((p) => p.type === type)?.name;

export const available = (row: { subscribed: number; assigned: number }): number => Math.max(0, row.subscribed - row.assigned);
