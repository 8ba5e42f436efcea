// A call's parties as its events show them: the facts the call-logs family's
// views add to an extension party (its holder, department, cost center, site
// name), read once per translation however many calls it carries, and the
// words of the phone.* events for who a party is and how it is connected.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { partyFacts, shownNumber, type CallParty, type CompletedCall, type ExtensionType } from '../../families/call-logs/public.ts';
import { siteNames } from '../../families/sites/public.ts';

/** A party with the facts the API's views show of it (unset for a party outside the account). */
export type KnownParty = CallParty & { ownerId?: string; department?: string; costCenter?: string; siteName?: string };

/**
 * The facts of every extension party of these calls, as the call's records keep
 * them: the simulator's own when it gave them, else the holder's (partyFacts);
 * the site's name when the party names only its site.
 */
export async function knownParties(db: Kysely<Database>, accountId: string, calls: CompletedCall[]): Promise<(p: CallParty) => KnownParty> {
  const facts = new Map<string, { ownerId?: string; department?: string; costCenter?: string }>();
  const missingSites = new Set<string>();
  for (const call of calls) {
    for (const p of [call.caller, call.callee, ...call.legs.flatMap((l) => [l.caller, l.callee, l.operator])]) {
      if (!p) continue;
      if (p.siteId && !p.siteName) missingSites.add(p.siteId);
      if (p.extensionId && !facts.has(p.extensionId)) facts.set(p.extensionId, await partyFacts(db, accountId, p));
    }
  }
  const sites = await siteNames(db, accountId, [...missingSites]);
  return (p) => {
    const f = p.extensionId ? facts.get(p.extensionId) : undefined;
    return {
      ...p,
      ownerId: f?.ownerId,
      department: f?.department,
      costCenter: f?.costCenter,
      siteName: p.siteName ?? (p.siteId ? sites.get(p.siteId)?.name : undefined),
    };
  };
}

/** The extension type words of the call events (camelCase, unlike the call history's), or pstn outside the account. */
export type EventExtensionType = 'user' | 'callQueue' | 'autoReceptionist' | 'commonArea' | 'sharedLineGroup' | 'zoomRoom' | 'ciscoRoom/PolycomRoom' | 'pstn';

const EXTENSION_WORDS: Partial<Record<ExtensionType, EventExtensionType>> = {
  user: 'user',
  call_queue: 'callQueue',
  auto_receptionist: 'autoReceptionist',
  common_area: 'commonArea',
  shared_line_group: 'sharedLineGroup',
  zoom_room: 'zoomRoom',
  cisco_room: 'ciscoRoom/PolycomRoom',
};

export function eventExtensionType(p: CallParty): EventExtensionType | undefined {
  if (!p.extensionId) return 'pstn';
  return p.extensionType && EXTENSION_WORDS[p.extensionType];
}

/** The number a party is shown by (its phone number, else its extension number), as the call logs show it. */

/** Every field the call events' caller and callee objects may hold that a simulated call knows. */
export interface EventParty {
  extension_id?: string;
  extension_type?: EventExtensionType;
  user_id?: string;
  name?: string;
  phone_number: string;
  extension_number?: number;
  device_type?: string;
  /** An extension talks over Zoom's VoIP; a party outside the account is on the public network. */
  connection_type: 'voip' | 'pstn_off_net';
}

export function eventParty(p: CallParty): EventParty {
  return {
    extension_id: p.extensionId,
    extension_type: eventExtensionType(p),
    user_id: p.userId,
    name: p.name,
    phone_number: shownNumber(p),
    extension_number: p.extensionNumber !== undefined ? Number(p.extensionNumber) : undefined,
    device_type: p.deviceType,
    connection_type: p.extensionId ? 'voip' : 'pstn_off_net',
  };
}

/**
 * The fields of a party one event's side declares (the declarations differ from
 * event to event: some name the device, some the user, some neither).
 */
export function sideOf<K extends keyof EventParty>(p: EventParty, keys: readonly K[]): Pick<EventParty, K> {
  const out = {} as Pick<EventParty, K>;
  for (const k of keys) if (p[k] !== undefined) out[k] = p[k];
  return out;
}

/** The party whose phone an event is about: who it is, its device. */
export const OWN = ['extension_id', 'extension_type', 'user_id', 'name', 'phone_number', 'extension_number', 'device_type', 'connection_type'] as const;
/** The other end of a ringing, answered or connected event: who it is. */
export const OTHER = ['extension_id', 'extension_type', 'name', 'phone_number', 'extension_number', 'connection_type'] as const;
/** Either end of a missed, rejected, hold or ended event. */
export const PLAIN = ['extension_id', 'extension_type', 'user_id', 'phone_number', 'extension_number', 'connection_type'] as const;
export const PLAIN_NAMED = [...PLAIN, 'name'] as const;
