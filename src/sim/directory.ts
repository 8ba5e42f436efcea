// How the simulator sees the account: who a dialled number or extension reaches,
// each party as the call records name it, and the time zone an extension's hours
// are read in. Every read goes through the owning family's public surface.
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.ts';
import { countryOf, type CallParty, type EmergencyCall, type ExtensionType } from '../families/call-logs/public.ts';
import { extensionByNumber, extensionsByIds, extensionsOfOwners, type ExtensionKind } from '../families/extensions/public.ts';
import { findNumberByE164, numbersOfAssignees, numberTypeOf, isE164 } from '../families/numbers/public.ts';
import { findUser } from '../families/users/public.ts';
import { siteNames } from '../families/sites/public.ts';
import { receptionistRouting, siteTimeZones } from '../families/auto-receptionists/public.ts';
import { callQueueRouting, callQueueTimezone } from '../families/call-queues/public.ts';
import { sharedLineGroupRouting } from '../families/shared-line-groups/public.ts';
import { callRoutingOf, type HandledKind } from '../families/call-handling/public.ts';
import { blockedListOf } from '../families/blocked-list/public.ts';
import { inboundBlockRules } from '../families/inbound-blocked/public.ts';
import { outboundPolicyOf } from '../families/outbound-calling/public.ts';
import { externalContactByExtension, externalContactByPhoneNumber, findExternalContact, type ExternalContactRef } from '../families/external-contacts/public.ts';
import { userPolicy } from '../families/policies/public.ts';
import { shownAddress, siteDefaultAddress, userDefaultAddress } from '../families/emergency-addresses/public.ts';
import { callingCodeOf } from '../kit/countries.ts';
import { zoneOrDefault } from './hours.ts';

type Db = Kysely<Database>;

const TYPE_OF_KIND: Record<ExtensionKind, ExtensionType> = {
  user: 'user',
  callQueue: 'call_queue',
  autoReceptionist: 'auto_receptionist',
  sharedLineGroup: 'shared_line_group',
  commonArea: 'common_area',
  zoomRoom: 'zoom_room',
};

export interface Reached {
  party: CallParty;
  kind: ExtensionKind;
  /** The holder of the extension: a user's, a queue's, a receptionist's id. */
  ownerId: string;
}

/** Country calling code and ISO country of an E.164 number (the price list's reading: '1' numbers are US). */
export function countryOfNumber(e164: string): { countryCode?: string; countryIso?: string } {
  const code = callingCodeOf(e164.replace(/^\+/, ''));
  return code ? { countryCode: code, countryIso: countryOf(e164) } : {};
}

/** A party outside the account, calling from or called at an E.164 number. */
export function externalParty(phoneNumber: string, name?: string): CallParty {
  return { name: name ?? phoneNumber, phoneNumber, numberType: 'external_pstn', deviceType: 'PSTN', ...countryOfNumber(phoneNumber) };
}

/**
 * The numbers that reach emergency services (the PSAP) from an extension of the
 * account: 911 (North America), 933 (Zoom's emergency address test line, answered
 * by emergency services' test line here) and 112 (Europe and most of the world).
 * The one list the simulator reads.
 */
export const EMERGENCY_NUMBERS: readonly string[] = ['911', '933', '112'];

export const isEmergencyNumber = (dialled: string): boolean => EMERGENCY_NUMBERS.includes(dialled);

/**
 * Emergency services, as the callee of an emergency call: outside the account, at
 * the number dialled (no country: a short code is no E.164 number).
 */
export function emergencyParty(dialled: string): CallParty {
  return { name: 'Emergency Services', phoneNumber: dialled, numberType: 'external_pstn', deviceType: 'PSTN' };
}

/**
 * One of the account's external contacts as a party of the call: outside the
 * account (no extension of its directory), named as the contact, with its
 * extension number of the original phone system, rung at its first phone number.
 */
export function contactParty(c: ExternalContactRef): CallParty {
  const phone = c.phoneNumbers[0];
  return {
    extensionType: 'external_contact',
    ...(c.extensionNumber ? { extensionNumber: c.extensionNumber } : {}),
    name: c.name,
    ...(c.email ? { email: c.email } : {}),
    ...(phone ? { phoneNumber: phone, numberType: 'external_pstn' as const, ...countryOfNumber(phone) } : {}),
    deviceType: 'PSTN',
  };
}

/**
 * The account as the router reads it. Nothing a simulation does changes the
 * routing it reads, so within one simulation (one call, or a whole stream of
 * traffic, in one transaction) each read is made once and kept.
 */
export class Directory {
  private readonly kept = new Map<string, Promise<unknown>>();
  private blockedList?: Promise<(phoneNumber: string, direction: 'inbound' | 'outbound') => boolean>;
  private blockRules?: ReturnType<typeof inboundBlockRules>;

  constructor(
    private readonly db: Db,
    readonly accountId: string,
  ) {}

  private once<T>(key: string, read: () => Promise<T>): Promise<T> {
    let found = this.kept.get(key) as Promise<T> | undefined;
    if (!found) this.kept.set(key, (found = read()));
    return found;
  }

  routing(extensionId: string, kind: HandledKind) {
    return this.once(`routing:${extensionId}:${kind}`, () => callRoutingOf(this.db, this.accountId, extensionId, kind));
  }

  queue(extensionId: string) {
    return this.once(`queue:${extensionId}`, () => callQueueRouting(this.db, this.accountId, extensionId));
  }

  receptionist(extensionId: string) {
    return this.once(`receptionist:${extensionId}`, () => receptionistRouting(this.db, this.accountId, extensionId));
  }

  sharedLineGroup(extensionId: string) {
    return this.once(`group:${extensionId}`, () => sharedLineGroupRouting(this.db, this.accountId, extensionId));
  }

  /** Whether the account's Blocked List stops a call from (inbound) or to (outbound) this number. */
  blocked(phoneNumber: string, direction: 'inbound' | 'outbound') {
    // Read once a simulation: a stream of traffic asks of every caller.
    return (this.blockedList ??= blockedListOf(this.db, this.accountId)).then((blocked) => blocked(phoneNumber, direction));
  }

  /** Whether the outbound calling policy of `caller` (its account's, its site's, its own as a user or common area) refuses a call out to this number. */
  async outboundRefused(phoneNumber: string, caller: CallParty): Promise<boolean> {
    // Read once a simulation, as the Blocked List is.
    return (await this.once('outboundPolicy', () => outboundPolicyOf(this.db, this.accountId)))(phoneNumber, caller).refused;
  }

  /**
   * Whether the extension may place an emergency call: the allow_emergency_calls
   * policy as a user reads it (account, its group, its own), the account's for a
   * common area; `enable` and, the simulator's phones being Zoom clients,
   * `allow_emergency_calls_from_clients`.
   */
  emergencyAllowed(caller: Reached): Promise<boolean> {
    return this.once(`emergencyPolicy:${caller.ownerId}`, async () => {
      const { value } = await userPolicy(this.db, this.accountId, 'allow_emergency_calls', caller.kind === 'user' ? caller.ownerId : undefined);
      return value.enable !== false && value.allow_emergency_calls_from_clients !== false;
    });
  }

  /** The emergency address of a caller: a user's own default personal address, else its site's default. */
  emergencyAddressOf(caller: Reached): Promise<EmergencyCall['address']> {
    return this.once(`emergencyAddress:${caller.ownerId}`, async () => {
      const own = caller.kind === 'user' ? await userDefaultAddress(this.db, this.accountId, caller.ownerId) : undefined;
      const found = own ?? (caller.party.siteId ? await siteDefaultAddress(this.db, this.accountId, caller.party.siteId) : undefined);
      if (!found) return undefined;
      const { address_line2, ...lines } = shownAddress(found);
      return { ...lines, ...(address_line2 ? { address_line2 } : {}) };
    });
  }

  /** The inbound block rule (the account's or the extension's) that stops a call from `caller` to the extension. */
  inboundRule(extensionId: string, caller: string) {
    return (this.blockRules ??= inboundBlockRules(this.db, this.accountId))(extensionId, caller);
  }

  /** The extension with this id as a party of the call. */
 extension(id: string): Promise<Reached | undefined> {
    return this.once(`extension:${id}`, () => this.readExtension(id));
  }

  private async readExtension(id: string): Promise<Reached | undefined> {
    const e = (await extensionsByIds(this.db, this.accountId, [id])).get(id);
    if (!e) return undefined;
    const party: CallParty = {
      extensionId: e.id,
      extensionType: TYPE_OF_KIND[e.kind],
      extensionNumber: String(e.number),
      name: e.name,
      deviceType: e.kind === 'user' || e.kind === 'commonArea' || e.kind === 'zoomRoom' ? 'Zoom Phone Client' : undefined,
    };
    if (e.siteId) {
      party.siteId = e.siteId;
      party.siteName = await this.siteName(e.siteId);
    }
    party.ownerId = e.ownerId;
    if (e.kind === 'user') {
      const user = await findUser(this.db, this.accountId, e.ownerId);
      party.userId = e.ownerId;
      if (user) Object.assign(party, { email: user.email, department: user.department ?? undefined, costCenter: user.cost_center ?? undefined });
    }
    return { party, kind: e.kind, ownerId: e.ownerId };
  }

  /** The external contact a setting forwards to (call handling's action 9, an IVR key 9), as a party; undefined once deleted. */
  externalContact(id: string): Promise<CallParty | undefined> {
    return this.once(`contact:${id}`, async () => {
      const c = await findExternalContact(this.db, this.accountId, id);
      return c && contactParty(c);
    });
  }

  /**
   * The external contact a number dialled from inside the account matches ("If a dialed
   * number does not match a Zoom Phone user, and does not match a defined external
   * contact", routing rules are tested next): by its extension number, or a phone number.
   */
  externalContactDialled(dialled: string): Promise<CallParty | undefined> {
    return this.once(`dialledContact:${dialled}`, async () => {
      const c = isE164(dialled) ? await externalContactByPhoneNumber(this.db, this.accountId, dialled) : await externalContactByExtension(this.db, this.accountId, dialled);
      return c && contactParty(c);
    });
  }

  /** Who an extension number of the account reaches. */
  async byExtensionNumber(number: string): Promise<Reached | undefined> {
    if (!/^\d{1,8}$/.test(number)) return undefined;
    const holder = await this.once(`number:${number}`, () => extensionByNumber(this.db, this.accountId, Number(number)));
    return holder && this.extension(holder.id);
  }

  /**
   * What a call to an account number reaches: its assignee's extension, the
   * number shown as the callee's; `unassigned` when the account holds the number
   * but nobody has it; undefined when it is not the account's.
   */
  byPhoneNumber(e164: string): Promise<{ reached?: Reached; phoneNumber: string; numberType: CallParty['numberType'] } | undefined> {
    return this.once(`phone:${e164}`, () => this.readPhoneNumber(e164));
  }

  private async readPhoneNumber(e164: string): Promise<{ reached?: Reached; phoneNumber: string; numberType: CallParty['numberType'] } | undefined> {
    const row = await findNumberByE164(this.db, this.accountId, e164);
    if (!row) return undefined;
    const numberType: CallParty['numberType'] = numberTypeOf(row.number) === 'TollFree' ? 'zoom_toll_free_number' : row.source === 'external' ? 'byoc' : 'zoom_pstn';
    if (!row.assignee_id) return { phoneNumber: row.number, numberType };
    const ext = (await extensionsOfOwners(this.db, this.accountId, [row.assignee_id])).get(row.assignee_id);
    const found = ext && (await this.extension(ext.id));
    // The party as dialled: the extension, showing the number that reached it.
    const reached = found && { ...found, party: { ...found.party, phoneNumber: row.number, numberType, ...countryOfNumber(row.number) } };
    return { reached, phoneNumber: row.number, numberType };
  }

  /** The number an extension shows when it calls out: the first one it holds. */
  callerIdOf(reached: Reached): Promise<string | undefined> {
    return this.once(`callerId:${reached.ownerId}`, async () => (await numbersOfAssignees(this.db, this.accountId, [reached.ownerId])).get(reached.ownerId)?.[0]?.number);
  }

  /**
   * The time zone an extension's hours are read in: its own (receptionists,
   * queues, shared line groups keep one), else its site main receptionist's,
   * else UTC.
   */
  timeZoneOf(reached: Reached): Promise<string> {
    return this.once(`zone:${reached.party.extensionId}`, async () => {
      const id = reached.party.extensionId!;
      let zone: string | null | undefined;
      if (reached.kind === 'autoReceptionist') zone = (await this.receptionist(id))?.timezone;
      else if (reached.kind === 'callQueue') zone = await callQueueTimezone(this.db, this.accountId, id);
      else if (reached.kind === 'sharedLineGroup') zone = (await this.sharedLineGroup(id))?.timezone;
      if (!zone && reached.party.siteId) zone = await this.siteTimeZone(reached.party.siteId);
      return zoneOrDefault(zone);
    });
  }

  /** A site's time zone: its main receptionist's. */
  siteTimeZone(siteId: string): Promise<string | null | undefined> {
    return this.once(`siteZone:${siteId}`, async () => (await siteTimeZones(this.db, this.accountId, [siteId])).get(siteId));
  }

  private async siteName(id: string): Promise<string | undefined> {
    return (await this.once(`site:${id}`, async () => (await siteNames(this.db, this.accountId, [id])).get(id)?.name)) || undefined;
  }
}

export { isE164 };
