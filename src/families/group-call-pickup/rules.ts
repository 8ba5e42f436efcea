// What a call pickup group may be given: the documented bounds of its name and
// description, its short extension number, and who may be a member.

/** "Display name must be in the range of 3 to 200." */
export const DISPLAY_NAME_MIN = 3;
export const DISPLAY_NAME_MAX = 200;

/**
 * "Description is too long." gives no length; 255 characters is the bound the Phone
 * document states for the descriptions it does bound ("Description length can be up
 * to 255 characters", a phone role's).
 */
export const DESCRIPTION_MAX = 255;

/** What a group is made with when the request leaves it out (the documented defaults). */
export const DEFAULTS = {
  delay: 0,
  directed_call_pickup: false,
  sound_enable: false,
  sound_ring_tone: 'ringtone_1',
  sound_duration: 0,
} as const;

/** Extension kinds a member may be: "Extension ID of user/common areas". */
export const MEMBER_KINDS = ['user', 'commonArea'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];
export const isMemberKind = (kind: string): kind is MemberKind => (MEMBER_KINDS as readonly string[]).includes(kind);

export function displayNameValid(name: string): boolean {
  const length = [...name.trim()].length;
  return length >= DISPLAY_NAME_MIN && length <= DISPLAY_NAME_MAX;
}

export const descriptionValid = (description: string): boolean => [...description].length <= DESCRIPTION_MAX;

/**
 * extension_number is the "Short extension number": a whole number from 1 with no
 * more digits than the short extensions of the group's site (the site's "length of
 * short extension numbers"; leading zeros are lost in an integer).
 */
export function shortExtensionValid(n: number, shortLength: number): boolean {
  return Number.isSafeInteger(n) && n >= 1 && String(n).length <= shortLength;
}

/** The ring_tone values the documents list. */
export type RingTone = 'ringtone_1' | 'ringtone_2' | 'ringtone_3';
export const ringTone = (value: string): RingTone => (value === 'ringtone_2' || value === 'ringtone_3' ? value : 'ringtone_1');
