// The sms room's invariants, in the documents' terms. Pure functions: the
// handlers decide which page's words to answer with.

/** "The maximum size for phone numbers is 49." (Zoom Phone assign). */
export const PHONE_ASSIGN_MAX = 49;
/** "The maximum value is 200." / "Too many numbers, should less than 200" (Number Management). */
export const NM_NUMBERS_MAX = 200;
/** The answer past NM_NUMBERS_MAX where a page does not word it otherwise. */
export const NM_TOO_MANY = { status: 400, code: 1003, message: 'Too many numbers, should less than 200' };
/**
 * "Size of unique receiver phone numbers cannot exceed {0}": the documents do not
 * give the value; this sandbox uses 50.
 */
export const RECEIVER_LIMIT = 50;
/** Consent capacity is reported but not documented; this sandbox gives every policy the same. */
export const CONSENT_CAPACITY = 1000;

export type OptStatus = 'opt_in' | 'opt_out' | 'pending';

/** Zoom accepts "15043449240" as well as "+15043449240"; both are stored as E.164. */
export function toE164(value: string): string {
  const digits = value.replace(/[\s\-().]/g, '');
  return digits.startsWith('+') ? digits : `+${digits}`;
}

export function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Why a number cannot carry a campaign's SMS, in the Zoom Phone page's words; undefined when it can. */
export function campaignBlocker(n: { number: string; status: string; number_type: string; source: string }): RegExp | undefined {
  if (n.status === 'Pending') return /pending number/i;
  if (n.number_type === 'TollFree') return /toll free/i;
  if (n.source.startsWith('BYOC')) return /BYOC/;
  return undefined;
}

export const BLOCKER_FALLBACK: Record<string, string> = {
  pending: 'Can not assign campaign to pending number: {0}.',
  'toll free': 'Can not assign campaign to toll free number: {0}.',
  BYOC: 'Can not enable sms for BYOC number: {0}.',
};

export interface InOutBound {
  disclaimer?: { enable?: boolean; message?: string };
  help_message?: { keywords?: string[]; message?: string };
  opt_in_message?: { confirmation_message?: string; keywords?: string[]; prompt?: string };
  opt_out_message?: { keywords?: string[]; message?: string };
}

/**
 * A consent policy is usable only if every keyword list has a keyword, none is
 * blank, and no keyword means two things (STOP cannot also opt in).
 */
export function inOutBoundProblem(b: InOutBound): string | undefined {
  const lists: [string, string[] | undefined][] = [
    ['opt_in_message', b.opt_in_message?.keywords],
    ['opt_out_message', b.opt_out_message?.keywords],
    ['help_message', b.help_message?.keywords],
  ];
  const owner = new Map<string, string>();
  for (const [name, keywords] of lists) {
    if (!keywords || keywords.length === 0) return `${name}.keywords`;
    for (const k of keywords) {
      const key = k.trim().toUpperCase();
      if (!key) return `${name}.keywords`;
      const prior = owner.get(key);
      if (prior && prior !== name) return `${name}.keywords`;
      owner.set(key, name);
    }
  }
  return undefined;
}

/** Deep-merges a partial in_out_bound over the stored one ("only provided fields will be updated"). */
export function mergeInOutBound(stored: InOutBound, patch: InOutBound): InOutBound {
  const out: Record<string, unknown> = { ...stored };
  for (const [k, v] of Object.entries(patch)) {
    if (v && typeof v === 'object') out[k] = { ...((stored as Record<string, object>)[k] ?? {}), ...v };
  }
  return out as InOutBound;
}
