// What a phone user may be given: extension numbers, batch sizes, activation words.

/** "You can add up to 10 users at a time" / "You can update 10 users at a time." */
export const MAX_BATCH = 10;

export const isExtension = (value: string): boolean => /^\d{1,15}$/.test(value);

/**
 * Batch add takes the short extension ("Do not include the site code ... if the site code
 * is enabled"); what is stored is the complete number, site code first.
 */
export function completeExtension(shortExtension: string, siteCode: number | null): number {
  return Number(siteCode ? `${siteCode}${shortExtension}` : shortExtension);
}

/** The profile's `activation_status` word for a license status. */
export function activationFor(status: string): string {
  return status === 'activate' ? 'activated' : status === 'pending' ? 'not ready' : 'ready to activate';
}
