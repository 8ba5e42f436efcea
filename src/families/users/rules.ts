// What a phone user may be given: extension numbers, batch sizes, activation words.
import type { ItemOf, ResponseOf } from '../../kit/context.ts';
import { enumValue } from '../../kit/enums.ts';

export type ActivationStatus = NonNullable<ItemOf<'listPhoneUsers', 'users'>['activation_status']>;
/** The profile's license status; the list shows the stored word as it is. */
export type ProfileStatus = NonNullable<ResponseOf<'getAUsersProfile'>['status']>;

export const activationStatus = enumValue<ActivationStatus>({ activated: true, 'ready to activate': true, 'not ready': true });
export const profileStatus = enumValue<ProfileStatus>({ activate: true, deactivate: true });

/** "You can add up to 10 users at a time" / "You can update 10 users at a time." */
export const MAX_BATCH = 10;

export const isExtension = (value: string): boolean => /^\d{1,15}$/.test(value);

/** "The number must be complete (i.e. site number + short extension)": the site's code, then its short extension's length of digits. */
export function isCompleteExtension(extension: string, siteCode: number | null, shortLength: number): boolean {
  const code = siteCode ? String(siteCode) : '';
  return extension.startsWith(code) && extension.length === code.length + shortLength;
}

/**
 * Batch add takes the short extension ("Do not include the site code ... if the site code
 * is enabled"); what is stored is the complete number, site code first.
 */
export function completeExtension(shortExtension: string, siteCode: number | null): number {
  return Number(siteCode ? `${siteCode}${shortExtension}` : shortExtension);
}

/** The list's `activation_status` word for a license status. */
export function activationFor(status: string): ActivationStatus {
  return status === 'activate' ? 'activated' : status === 'pending' ? 'not ready' : 'ready to activate';
}
