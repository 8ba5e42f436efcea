// What a customized outbound caller ID list holds to: which numbers may join it, the
// multiple-sites switch that decides whether the account's or the sites' lists are
// the ones managed, and how the lists' filters read a number.
import type { ListLevel } from './tables.ts';

/** The Zoom Phone API's numbers (Number Management's ZOOM_PHONE product): the ones that can show as a caller ID. */
export const PHONE_PRODUCT = 'ZOOM_PHONE';

/**
 * Whether a level's list may be managed with the account's multiple-sites option as it is
 * (account-settings' multipleSitesEnabled): the account's only with it off ("when multiple sites policy is
 * enabled, users cannot manage the account-level configuration"), the sites' only with it
 * on ("Multiple sites must be enabled"), users' lists always.
 */
export function levelManaged(level: ListLevel, multipleSites: boolean): boolean {
  if (level === 'account') return !multipleSites;
  if (level === 'site') return multipleSites;
  return true;
}

/** A number's holder type (Number Management's word) -> the extension type the lists show and filter by. */
export const EXTENSION_TYPES: Partial<Record<string, 'user' | 'callQueue' | 'autoReceptionist' | 'sharedLineGroup' | 'commonArea'>> = {
  User: 'user',
  CallQueue: 'callQueue',
  AutoReceptionist: 'autoReceptionist',
  SharedLineGroup: 'sharedLineGroup',
  CommonArea: 'commonArea',
};

/** The holder type (Number Management's word) of the numbers an `extension_type` filter asks for. */
export const holderTypeOf = (extensionType: string): string | undefined =>
  Object.entries(EXTENSION_TYPES).find(([, shown]) => shown === extensionType)?.[0];

/**
 * "A search keyword for phone or extension numbers": the keyword's digits (or the
 * keyword itself when it has none) found in the E.164 number or the extension number.
 */
export function keywordMatches(keyword: string, phoneNumber: string, extensionNumber: number | undefined): boolean {
  const text = keyword.replace(/\D/g, '') || keyword.trim();
  if (!text) return true;
  return phoneNumber.includes(text) || (extensionNumber !== undefined && String(extensionNumber).includes(text));
}

/** The ids a request names, each once, blanks left out, in the order given. */
export const distinctIds = (ids: readonly string[] | undefined): string[] => [...new Set((ids ?? []).map((id) => id.trim()).filter(Boolean))];
