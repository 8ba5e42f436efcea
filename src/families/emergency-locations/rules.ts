// What an emergency service location is held to, as plain functions of values: its
// networks (BSSIDs, private and public IP addresses, subnets and ranges, network
// switch ports) and the limits the pages name; and how a device on a network is
// matched to a location (the dashboard's real-time views).
import { isIP } from 'node:net';

/** "You can only access up to 5000 locations." */
export const MAX_LOCATIONS = 5000;
/**
 * "You can only access up to {0} level.": the pages do not give the number. The sandbox
 * allows five levels (a top location and four levels of sub-locations below it).
 */
export const MAX_LEVELS = 5;
/** "Locations size must be less than 10.", read as at most 10 a batch (as the house reads "less than N"). */
export const MAX_BATCH = 10;
/** "Network switches size must be less than 100.", read as at most 100 a location. */
export const MAX_SWITCHES = 100;
/** "Number bssid per location limited to less than 100.", read as at most 100 a location. */
export const MAX_BSSIDS = 100;
/** "The field can not exceed {0} characters.": the sandbox's bound on a name, an identifier, a port label. */
export const MAX_TEXT = 255;

/** The items of a comma-separated list, trimmed, blanks dropped. */
export const listOf = (given: string | undefined): string[] =>
  (given ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** A MAC address as kept: six lower-case hex pairs joined by ":"; undefined when `given` is not one (":" "-" or no separators). */
export function macAddress(given: string): string | undefined {
  const hex = given.trim().toLowerCase();
  const m = /^([0-9a-f]{2})([:-]?)([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})\2([0-9a-f]{2})$/.exec(hex);
  if (!m) return undefined;
  return [m[1], m[3], m[4], m[5], m[6], m[7]].join(':');
}

/** An IPv4 address as a number, or undefined. */
function ipv4(value: string): number | undefined {
  if (isIP(value) !== 4) return undefined;
  return value.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
}

/** One entry of an IP list: an address (v4 or v6), an IPv4 subnet `a.b.c.d/n`, or an IPv4 range `a.b.c.d-e.f.g.h`. */
export function isIpEntry(entry: string): boolean {
  if (isIP(entry)) return true;
  const cidr = /^([^/]+)\/(\d{1,3})$/.exec(entry);
  if (cidr) {
    const bits = Number(cidr[2]);
    if (isIP(cidr[1]) === 4) return bits <= 32;
    return isIP(cidr[1]) === 6 && bits <= 128;
  }
  const range = /^([^-]+)-([^-]+)$/.exec(entry);
  if (range) {
    const from = ipv4(range[1].trim());
    const to = ipv4(range[2].trim());
    return from !== undefined && to !== undefined && from <= to;
  }
  return false;
}

/** Whether the address `ip` falls in the entry (the same address, inside the subnet or inside the range). */
export function ipInEntry(ip: string, entry: string): boolean {
  if (ip === entry) return true;
  const address = ipv4(ip);
  if (address === undefined) return false;
  const cidr = /^([^/]+)\/(\d{1,3})$/.exec(entry);
  if (cidr) {
    const base = ipv4(cidr[1]);
    if (base === undefined) return false;
    const size = 2 ** (32 - Number(cidr[2]));
    return Math.floor(address / size) === Math.floor(base / size);
  }
  const range = /^([^-]+)-([^-]+)$/.exec(entry);
  if (range) {
    const from = ipv4(range[1].trim());
    const to = ipv4(range[2].trim());
    return from !== undefined && to !== undefined && address >= from && address <= to;
  }
  return false;
}

/** A network switch entry as kept: its MAC address and either a port label or a prefix with a range of port numbers. */
export interface SwitchEntry {
  mac_address: string;
  port?: string;
  port_prefix?: string;
  port_range_from?: string;
  port_range_to?: string;
}

export type SwitchProblem = 'macRequired' | 'macFormat' | 'portAndRange' | 'prefixDigit' | 'rangeNumbers' | 'rangeOrder' | 'tooLong';

/** The switch entry as kept, or why it is refused. */
export function switchEntry(given: { mac_address?: string; port?: string; port_prefix?: string; port_range_from?: string; port_range_to?: string }): SwitchEntry | SwitchProblem {
  if (!given.mac_address?.trim()) return 'macRequired';
  const mac = macAddress(given.mac_address);
  if (!mac) return 'macFormat';
  const port = given.port?.trim() || undefined;
  const prefix = given.port_prefix?.trim() || undefined;
  const from = given.port_range_from?.trim() || undefined;
  const to = given.port_range_to?.trim() || undefined;
  const ranged = prefix !== undefined || from !== undefined || to !== undefined;
  // "You cannot pass this parameter with the port_prefix and port_range parameter."
  if (port !== undefined && ranged) return 'portAndRange';
  if ([port, prefix].some((t) => t !== undefined && t.length > MAX_TEXT)) return 'tooLong';
  if (!ranged) return port === undefined ? { mac_address: mac } : { mac_address: mac, port };
  // "The prefix value cannot end with a digit"; "This can be a non-negative integer value."
  if (prefix !== undefined && /\d$/.test(prefix)) return 'prefixDigit';
  if (from === undefined || to === undefined || !/^\d{1,9}$/.test(from) || !/^\d{1,9}$/.test(to)) return 'rangeNumbers';
  if (Number(from) > Number(to)) return 'rangeOrder';
  return { mac_address: mac, ...(prefix !== undefined ? { port_prefix: prefix } : {}), port_range_from: String(Number(from)), port_range_to: String(Number(to)) };
}

/** Two entries naming the same switch port(s): "Duplicate Switch Info found." */
export const sameSwitch = (a: SwitchEntry, b: SwitchEntry): boolean =>
  a.mac_address === b.mac_address &&
  (a.port ?? '') === (b.port ?? '') &&
  (a.port_prefix ?? '') === (b.port_prefix ?? '') &&
  (a.port_range_from ?? '') === (b.port_range_from ?? '') &&
  (a.port_range_to ?? '') === (b.port_range_to ?? '');

/**
 * What a location's network data is checked against when a device is placed: the
 * location's own lists, and the public IPs it stands under (its own, else its
 * nearest ancestor's: sub-locations need none of their own).
 */
export interface LocationNetworks {
  id: string;
  depth: number;
  minimumMatch: boolean;
  bssids: string[];
  privateIps: string[];
  publicIps: string[];
  inheritedPublicIps: string[];
}

/** Where a device is on the network, as the sandbox knows it. */
export interface DeviceNetwork {
  private_ip?: string;
  public_ip?: string;
  bssid?: string;
}

/**
 * The location a device is detected at, or undefined. Zoom's order of detection
 * (its support article's "location priority"): a sub-location before its parent, and
 * within one level the BSSID, then the private IP (in the location's subnets or
 * ranges, and in the public IPs the location stands under when it has any), then
 * the public IP alone — which is not enough where minimum_match_criteria is set.
 * Among locations that match as well, the one listed first (the older) wins.
 */
export function detectedLocation<L extends LocationNetworks>(device: DeviceNetwork, locations: L[]): L | undefined {
  const score = (l: L): number => {
    const publicOk = device.public_ip !== undefined && l.inheritedPublicIps.some((e) => ipInEntry(device.public_ip!, e));
    if (device.bssid && l.bssids.includes(device.bssid)) return 3;
    if (device.private_ip && l.privateIps.some((e) => ipInEntry(device.private_ip!, e)) && (l.inheritedPublicIps.length === 0 || publicOk)) return 2;
    if (!l.minimumMatch && device.public_ip !== undefined && l.publicIps.some((e) => ipInEntry(device.public_ip!, e))) return 1;
    return 0;
  };
  let best: { l: L; s: number } | undefined;
  for (const l of locations) {
    const s = score(l);
    if (s === 0) continue;
    if (!best || l.depth > best.l.depth || (l.depth === best.l.depth && s > best.s)) best = { l, s };
  }
  return best?.l;
}
