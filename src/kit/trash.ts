// Zoom's trash for activity files (recordings, voicemails): a deleted item stays
// recoverable for 30 days, then it is gone for good.
import { DAY_MS } from './date-window.ts';

export const TRASH_DAYS = 30;

/** The oldest moment an item may have gone to the trash and still be in it at `now`. */
export const trashKeptSince = (now: number): number => now - TRASH_DAYS * DAY_MS;

/** "The number of days left until [it] is permanently deleted." */
export const daysLeft = (deletedAt: number, now: number): number => Math.max(0, Math.ceil((deletedAt + TRASH_DAYS * DAY_MS - now) / DAY_MS));
