// What a desk phone is held to: a MAC address of twelve hex digits, one of the
// manufacturers the list filters by, how it is provisioned (and so what it can be
// asked to do), when it is online, and the documented limits on its assignees.
import type { AssigneeKind, Brand, ProvisionType } from './tables.ts';

/**
 * The MAC address as kept and compared: twelve lower-case hex digits, as every
 * example of the pages writes it ("543968a78ee7"). Accepted as written there, in
 * either case, or in the usual pairs separated by ":" or "-" ("54:39:68:A7:8E:E7");
 * undefined for anything else.
 */
export function macAddress(given: string): string | undefined {
  const s = given.trim();
  if (/^[0-9a-fA-F]{12}$/.test(s)) return s.toLowerCase();
  if (/^[0-9a-fA-F]{2}([:-])(?:[0-9a-fA-F]{2}\1){4}[0-9a-fA-F]{2}$/.test(s)) return s.replace(/[:-]/g, '').toLowerCase();
  return undefined;
}

/** The manufacturers listDevices filters by (its device_type values), and how each is shown in device_type. */
export const BRANDS: Record<Brand, string> = {
  algo: 'Algo',
  audioCodes: 'AudioCodes',
  cisco: 'Cisco',
  cyberData: 'CyberData',
  grandstream: 'Grandstream',
  poly: 'Poly',
  yealink: 'Yealink',
  other: 'Other',
};

/** The manufacturer `type` names, in any case ("Yealink", "yealink", "AUDIOCODES"); undefined for one the pages do not list. */
export function brandOf(type: string): Brand | undefined {
  const key = type.trim().toLowerCase();
  return (Object.keys(BRANDS) as Brand[]).find((b) => b.toLowerCase() === key || BRANDS[b].toLowerCase() === key);
}

/** "The manufacturer name and the model name", as the examples show it ("Yealink T54W"). */
export const deviceType = (brand: Brand, model: string | null): string => (model ? `${BRANDS[brand]} ${model}` : BRANDS[brand]);

/**
 * How Zoom provisions a phone of this make: the vendors with a redirection service
 * are zero-touch, the paging and intercom devices and Grandstream assisted (a URL
 * is typed into the phone), any other SIP phone manual (SIP credentials by hand).
 * Reboot and resync reach "zero-touch or assisted-provisioning" devices only; a
 * provision template is "supported only by some devices": these same two kinds.
 */
export function provisionTypeOf(brand: Brand): ProvisionType {
  if (brand === 'other') return 'manual';
  if (brand === 'algo' || brand === 'cyberData' || brand === 'grandstream') return 'assisted';
  return 'ztp';
}

export const supportsRemoteActions = (type: ProvisionType): boolean => type !== 'manual';

/** How long a phone is offline while it restarts after a reboot or resync, in sandbox time. */
export const RESTART_MS = 60_000;
/** "You can only send one request every second" (reboot, per device). */
export const REBOOT_INTERVAL_MS = 1_000;
/** "Only allows sending one request every 15 minutes" (sync, per account). */
export const SYNC_INTERVAL_MS = 15 * 60_000;

/**
 * A phone is online when it is registered, which in the sandbox means assigned (it
 * registers as its assignees' lines), and not restarting after a reboot or resync.
 */
export function statusOf(d: { assigned: boolean; rebooted_at: number | null; synced_at: number | null }, now: number): 'online' | 'offline' {
  if (!d.assigned) return 'offline';
  const restarted = Math.max(Number(d.rebooted_at ?? -Infinity), Number(d.synced_at ?? -Infinity));
  return now - restarted < RESTART_MS ? 'offline' : 'online';
}

/** "Each user can be assigned up to 3 desk phones." (Batch add users.) */
export const PHONES_PER_USER = 3;

/** The extension kinds a desk phone is assigned to. */
export const assigneeKind = (kind: string): AssigneeKind | undefined => (kind === 'user' || kind === 'commonArea' ? kind : undefined);

/** A speed dial number: digits, optionally a leading "+", "*" and "#" (feature codes). */
export const isDialable = (s: string): boolean => /^\+?[0-9*#]{1,32}$/.test(s.trim());
